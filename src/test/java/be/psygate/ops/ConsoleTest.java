package be.psygate.ops;

import be.psygate.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console (issue "Operations and reliability"): Hawtio behind the API's login, with the Camel and Artemis MBeans
 * it shows through Jolokia; an ops user reads, only an admin changes (what Jolokia's restrictor decides, issue
 * "Security"), and no other site may drive it.
 */
class ConsoleTest extends GatewayTest {

    private static final String ROUTE = "org.apache.camel:context=psygate,type=routes,name=\\\"billing-run\\\"";

    @Test
    void hawtioAnswers401WithoutCredentialsAnd200WithThem() {
        assertThat(rest.getForEntity("/actuator/hawtio/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/actuator/jolokia/version", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> page = rest.withBasicAuth("ops", "ops").getForEntity("/actuator/hawtio/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Hawtio");
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/actuator/hawtio/", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theConsoleSeesCamelAndArtemisAndOnlyAnAdminChangesAnything() {
        ResponseEntity<String> camel = jolokia("ops", "{\"type\":\"search\",\"mbean\":\"org.apache.camel:type=routes,*\"}",
                null);
        assertThat(camel.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(camel.getBody()).contains("intake-practice-lists").contains("billing-deliver-batch");
        ResponseEntity<String> artemis = jolokia("ops",
                "{\"type\":\"search\",\"mbean\":\"org.apache.activemq.artemis:*\"}", null);
        assertThat(artemis.getBody()).contains("psygate.billing.dead-letters");

        // an ops user reads, including the operations that only read (the route diagram)
        ResponseEntity<String> read = jolokia("ops", "[{\"type\":\"read\",\"mbean\":\"" + ROUTE
                + "\",\"attribute\":\"ExchangesTotal\"},{\"type\":\"exec\",\"mbean\":\"" + ROUTE
                + "\",\"operation\":\"dumpRouteAsXml()\"}]", null);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody()).doesNotContain("\"status\":403");

        // changing anything is for the admin role; Jolokia itself refuses it (its answer's status, HTTP 200 around it)
        String gc = "{\"type\":\"exec\",\"mbean\":\"java.lang:type=Memory\",\"operation\":\"gc()\"}";
        assertRefusedByJolokia(jolokia("ops", gc, null));
        assertRefusedByJolokia(jolokia("ops", "{\"type\":\"exec\",\"mbean\":\"" + ROUTE + "\",\"operation\":\"stop()\"}",
                null));
        assertRefusedByJolokia(rest.withBasicAuth("ops", "ops").getForEntity("/actuator/jolokia/exec/java.lang:type=Memory/gc",
                String.class));
        // messages (an invoice names its patients) are not for the ops role either, even read
        String invoices = "org.apache.activemq.artemis:broker=\\\"localhost\\\",component=addresses,"
                + "address=\\\"psygate.invoices.200\\\",subcomponent=queues,routing-type=\\\"anycast\\\","
                + "queue=\\\"psygate.invoices.200\\\"";
        assertRefusedByJolokia(jolokia("ops", "{\"type\":\"exec\",\"mbean\":\"" + invoices
                + "\",\"operation\":\"listMessagesAsJSON(java.lang.String)\",\"arguments\":[\"\"]}", null));
        assertRefusedByJolokia(jolokia("ops", "{\"type\":\"exec\",\"mbean\":\"" + invoices + "\",\"operation\":\"browse()\"}",
                null));
        ResponseEntity<String> byAdmin = jolokia("admin", "{\"type\":\"exec\",\"mbean\":\"" + invoices
                + "\",\"operation\":\"browse()\"}", null);
        assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byAdmin.getBody()).contains("\"status\":200");
        // what the operators' list does not name is refused to the admin role too (the JVM's gc among them)
        assertRefusedByJolokia(jolokia("admin", gc, null));

        // another site's page cannot drive the console with the browser's credentials
        assertThat(jolokia("admin", gc, "https://elsewhere.example").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static void assertRefusedByJolokia(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains("\"status\":403").doesNotContain("\"status\":200");
    }

    private ResponseEntity<String> jolokia(String user, String body, String origin) {
        HttpHeaders headers = new HttpHeaders();
        // what the console's Jolokia client sends
        headers.setContentType(MediaType.TEXT_PLAIN);
        if (origin != null) {
            headers.setOrigin(origin);
        }
        return rest.withBasicAuth(user, user).postForEntity("/actuator/jolokia", new HttpEntity<>(body, headers),
                String.class);
    }
}
