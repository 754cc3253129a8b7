package be.psygate.security;

import be.psygate.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site request forgery (issue "Security"): another site's page cannot make an admin's browser, which holds
 * the HTTP basic credentials, start a billing run or drive the console; the refusal is audited; a client that is no
 * browser, or the gateway's own pages, work as before.
 */
class CrossSiteRequestTest extends GatewayTest {

    @LocalServerPort
    int port;

    @Test
    void aBillingRunAskedFromAnotherSitesPageIsRefusedAndStartsNothing() {
        long runs = billingRuns();
        assertThat(billingRun("Origin", "https://evil.example").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(billingRun("Sec-Fetch-Site", "cross-site").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(billingRun("Sec-Fetch-Site", "same-site").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(billingRun("Origin", "null").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(billingRuns()).isEqualTo(runs);

        List<Map<String, Object>> audit = rest.withBasicAuth("ops", "ops")
                .exchange("/api/audit?limit=4", HttpMethod.GET, null, LIST).getBody();
        assertThat(audit).hasSize(4).allSatisfy(a -> assertThat(a).containsEntry("actor", "admin")
                .containsEntry("path", "/api/billing-runs").containsEntry("status", 403));

        // the same request from curl, or from the gateway's own pages, still runs
        assertThat(billingRun(null, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(billingRun("Origin", "http://localhost:" + port).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(billingRun("Sec-Fetch-Site", "same-origin").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(billingRuns()).isEqualTo(runs + 3);
    }

    @Test
    void theConsoleCannotBeDrivenNorReadFromAnotherSitesPage() {
        String gc = "{\"type\":\"read\",\"mbean\":\"java.lang:type=Memory\",\"attribute\":\"HeapMemoryUsage\"}";
        assertThat(console(gc, "Origin", "https://evil.example").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(console(gc, "Sec-Fetch-Site", "cross-site").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        HttpHeaders headers = new HttpHeaders();
        headers.set("Sec-Fetch-Site", "cross-site");
        assertThat(rest.withBasicAuth("admin", "admin").exchange("/actuator/jolokia/read/java.lang:type=Memory",
                HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> own = console(gc, "Origin", "http://localhost:" + port);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).contains("\"status\":200");
        assertThat(console(gc, null, null).getBody()).contains("\"status\":200");
    }

    @Test
    void jolokiaItselfRefusesAPageOfAnotherSiteNamedOnlyByItsReferer() {
        // an older browser sends neither Origin nor Sec-Fetch-Site on a GET: Jolokia's own origin check decides
        ResponseEntity<String> foreign = consoleRead("Referer", "https://evil.example/page.html");
        assertThat(foreign.getBody()).contains("\"status\":403").doesNotContain("HeapMemoryUsage");
        ResponseEntity<String> own = consoleRead("Referer", "http://localhost:" + port + "/actuator/hawtio/jmx");
        assertThat(own.getBody()).contains("\"status\":200").contains("HeapMemoryUsage");
    }

    private ResponseEntity<String> consoleRead(String header, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(header, value);
        return rest.withBasicAuth("ops", "ops").exchange("/actuator/jolokia/read/java.lang:type=Memory/HeapMemoryUsage",
                HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> billingRun(String header, String value) {
        HttpHeaders headers = new HttpHeaders();
        if (header != null) {
            headers.set(header, value);
        }
        return rest.withBasicAuth("admin", "admin").postForEntity("/api/billing-runs", new HttpEntity<>(null, headers),
                String.class);
    }

    private ResponseEntity<String> console(String body, String header, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        if (header != null) {
            headers.set(header, value);
        }
        return rest.withBasicAuth("admin", "admin").postForEntity("/actuator/jolokia", new HttpEntity<>(body, headers),
                String.class);
    }

    private long billingRuns() {
        return jdbc.sql("select count(*) from billing_run").query(Long.class).single();
    }
}
