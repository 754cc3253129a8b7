package be.psygate.ops;

import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit of the operators' writes (issue "Operations and reliability"): who, when, what and the outcome of every
 * POST under /api, refused ones included, readable by the ops role; never a password.
 */
class OperatorAuditTest extends GatewayTest {

    @Test
    void aPostIsRecordedWithWhoWhatAndItsOutcome() {
        TestPractice practice = TestPractice.newOne("audited");
        assertThat(rest.withBasicAuth("admin", "admin").postForEntity("/api/practices",
                practice.registration("secret-audited-pw", null), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        // a write the ops role may not make is refused, and recorded as such
        assertThat(rest.withBasicAuth("ops", "ops").postForEntity("/api/billing-runs", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<List<Map<String, Object>>> audit = rest.withBasicAuth("ops", "ops")
                .exchange("/api/audit?limit=20", HttpMethod.GET, null, LIST);
        assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> actions = audit.getBody();
        assertThat(actions.get(0)).containsEntry("actor", "ops").containsEntry("method", "POST")
                .containsEntry("path", "/api/billing-runs").containsEntry("status", 403);
        assertThat(actions).anySatisfy(a -> {
            assertThat(a).containsEntry("actor", "admin").containsEntry("path", "/api/practices")
                    .containsEntry("status", 200);
            assertThat((String) a.get("summary")).contains("PracticeController.register")
                    .contains("inami=" + practice.inami()).contains("sftpUser=audited");
            assertThat(a.get("at")).isNotNull();
        });
        assertThat(actions.toString()).doesNotContain("secret-audited-pw");
        // reads are not audited
        assertThat(actions).noneMatch(a -> "GET".equals(a.get("method")));
    }

    @Test
    void theAuditIsNotPublic() {
        assertThat(rest.getForEntity("/api/audit", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
