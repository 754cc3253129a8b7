package be.psygate.ops;

import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.OpsTopic;
import jakarta.jms.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alerts as ops events (issue "Operations and reliability"): {@code ALERT_ROUTE_FAILED} when a route fails an
 * exchange, {@code ALERT_NO_FILE} when no file arrived for {@code psygate.ops.no-file-alert-after}.
 */
class AlertsTest extends GatewayTest {

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    NoFileWatch noFileWatch;

    @Value("${psygate.broker.ops-events}")
    String opsTopic;

    @Test
    void aRouteThatFailsAnExchangeRaisesAnAlertOnTheOpsTopic() throws Exception {
        // a list in the home of an SFTP user that no practice has: the intake route cannot take it
        Path in = DATA_DIR.resolve("sftp/practices/stray/in");
        try (OpsTopic topic = OpsTopic.listen(connectionFactory, opsTopic)) {
            Drop.file(in, "orphan.csv", "line_ref;x\n85073003328;1\n".getBytes(StandardCharsets.UTF_8));
            await().atMost(WAIT).until(() -> topic.ofType("ALERT_ROUTE_FAILED").stream()
                    .anyMatch(a -> "intake-practice-lists".equals(a.get("routeId"))));
            Map<String, Object> alert = topic.ofType("ALERT_ROUTE_FAILED").stream()
                    .filter(a -> "intake-practice-lists".equals(a.get("routeId"))).findFirst().orElseThrow();
            assertThat(alert).containsEntry("handled", false).containsKeys("error", "exchangeId", "at");
            assertThat((String) alert.get("error")).contains("stray");
            // the same failure, again at every poll, is not alerted again at once
            Files.deleteIfExists(in.resolve("orphan.csv"));
            assertThat(topic.ofType("ALERT_ROUTE_FAILED").stream()
                    .filter(a -> "intake-practice-lists".equals(a.get("routeId"))).count()).isOne();
            // no national number in any event; an exchange id is Camel's hexadecimal, and a run of its digits
            // may be eleven long, so it is set aside
            assertThat(topic.json()).isNotEmpty().allSatisfy(json -> assertThat(json).doesNotContain("85073003328"))
                    .allSatisfy(json -> assertThat(json.replaceAll("\"exchangeId\":\"[0-9A-F-]*\"", ""))
                            .doesNotContainPattern("(?<![0-9])[0-9]{11}(?![0-9])"));
        } finally {
            Files.deleteIfExists(in.resolve("orphan.csv"));
        }
    }

    @Test
    void noFileForTheConfiguredTimeRaisesAnAlertOncePerSilence() {
        Instant today = Instant.parse(TODAY);
        assertThat(noFileWatch.checkAt(today.plus(Duration.ofHours(1)))).isEmpty();
        Optional<OpsEvent.NoFile> alert = noFileWatch.checkAt(today.plus(Duration.ofHours(49)));
        assertThat(alert).hasValueSatisfying(a -> {
            assertThat(a.type()).isEqualTo("ALERT_NO_FILE");
            assertThat(a.threshold()).isEqualTo(Duration.ofHours(48));
            assertThat(a.silentFor().toString()).startsWith("PT49H");
        });
        assertThat(noFileWatch.checkAt(today.plus(Duration.ofHours(60)))).isEmpty();
        assertThat(noFileWatch.checkAt(today.plus(Duration.ofHours(49 + 48)))).isPresent();
    }
}
