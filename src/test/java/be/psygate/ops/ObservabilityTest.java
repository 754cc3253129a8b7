package be.psygate.ops;

import be.psygate.sftp.EmbeddedSftpServer;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import be.psygate.intake.IntakeSourceProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the operators watch (issue "Operations and reliability"): the health of the database, the broker, the SFTP
 * server and every route, and the PsyGate counters, gauges and route timers on /actuator/prometheus.
 */
class ObservabilityTest extends GatewayTest {

    @Autowired
    QueueDepths queueDepths;

    @Autowired
    OpsProperties props;

    @Autowired
    IntakeSourceProperties intake;

    @Test
    void healthShowsTheSftpServerTheBrokerAndEachRouteToAnOpsUser() {
        ResponseEntity<Map> health = rest.withBasicAuth("ops", "ops").getForEntity("/actuator/health", Map.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) health.getBody()
                .get("components");
        assertThat(components.get("sftp")).containsEntry("status", "UP");
        assertThat((Map<String, Object>) components.get("sftp").get("details")).containsEntry("server", "embedded")
                .containsEntry("port", SFTP_PORT);
        assertThat(components.get("jms")).containsEntry("status", "UP");
        assertThat(components.get("db")).containsEntry("status", "UP");
        Map<String, Object> camel = (Map<String, Object>) components.get("camelHealth").get("details");
        assertThat(camel).containsEntry("route:intake-practice-lists", "UP")
                .containsEntry("route:billing-deliver-batch", "UP").containsEntry("route:ops-event-metrics", "UP");

        // without credentials: the status only
        Map<String, Object> anonymous = rest.getForObject("/actuator/health", Map.class);
        assertThat(anonymous).containsKey("status").doesNotContainKey("components");
    }

    @Test
    void theSftpCheckOfAnExternalServerIsALogin() {
        // the gateway's own server seen as an external one: no embedded server bean, a login with the service account
        ObjectProvider<EmbeddedSftpServer> none = new StaticListableBeanFactory().getBeanProvider(EmbeddedSftpServer.class);
        Health up = new SftpHealthIndicator(none, props, externalLogin("psygate", "psygate")).health();
        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(up.getDetails()).containsEntry("server", "external");
        Health down = new SftpHealthIndicator(none, props, externalLogin("psygate", "wrong")).health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails().get("error").toString()).startsWith("login failed").doesNotContain("wrong");
    }

    @Test
    void prometheusShowsThePsyGateCountersAfterAListWasProcessed() throws Exception {
        double processed = metric("psygate_files_received_total", "mode=\"BILL\",status=\"PROCESSED\"");
        double accepted = metric("psygate_sessions_total", "mode=\"BILL\",outcome=\"accepted\",reason=\"none\"");
        double badNiss = metric("psygate_sessions_total",
                "mode=\"BILL\",outcome=\"rejected\",reason=\"PATIENT_NISS_INVALID\"");
        double share = metric("psygate_accepted_insurer_share_euros_total", "mode=\"BILL\"");

        TestPractice practice = registeredPractice("metered");
        String list = TestPractice.HEADER + "\n"
                + practice.line("MET-1", TestPractice.nextPatient(), "2025-03-03", "792691") + "\n"
                + practice.line("MET-2", TestPractice.nextPatient(), "2025-03-04", "792691") + "\n"
                + practice.line("MET-3", "12345678901", "2025-03-05", "792691") + "\n";
        sendList("metered", "metered.csv", list);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(metric("psygate_files_received_total", "mode=\"BILL\",status=\"PROCESSED\""))
                    .isEqualTo(processed + 1);
            assertThat(metric("psygate_sessions_total", "mode=\"BILL\",outcome=\"accepted\",reason=\"none\""))
                    .isEqualTo(accepted + 2);
            assertThat(metric("psygate_sessions_total",
                    "mode=\"BILL\",outcome=\"rejected\",reason=\"PATIENT_NISS_INVALID\"")).isEqualTo(badNiss + 1);
            assertThat(metric("psygate_accepted_insurer_share_euros_total", "mode=\"BILL\""))
                    .isCloseTo(share + 132.20, Offset.offset(0.001));
        });

        queueDepths.refresh();
        String scrape = prometheus();
        assertThat(scrape).contains("psygate_queue_depth_messages{kind=\"parked-batches\",queue=\"psygate.billing.dead-letters\"}")
                .contains("psygate_ops_events_total{type=\"FILE_PROCESSED\"}")
                // route latencies from Camel's route policy
                .containsPattern("camel_route_policy_seconds_count\\{[^}]*routeId=\"intake-practice-lists(-2)?\"");
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String prometheus() {
        ResponseEntity<String> scrape = rest.withBasicAuth("ops", "ops").getForEntity("/actuator/prometheus",
                String.class);
        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        return scrape.getBody();
    }

    /** The value of one series, 0 when it is not there yet. */
    private double metric(String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + labels + "}") + " (\\S+)$")
                .matcher(prometheus());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** The gateway's own server read as an external one, with this login. */
    private IntakeSourceProperties externalLogin(String user, String password) {
        return new IntakeSourceProperties("127.0.0.1", SFTP_PORT, user, password,
                DATA_DIR.resolve("known_hosts").toString(), intake.directory(), intake.archive(), intake.pollDelay(),
                intake.readLock(), intake.readLockCheckInterval(), intake.readLockTimeout(), intake.readLockMinAge(),
                intake.maxFilesPerPoll(), intake.secondReader(), intake.noticePeriod(), intake.noticeBatch(), intake.quarantineUri());
    }
}
