package be.psygate.ops;

import be.psygate.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The orchestrator's probes answer without a login: liveness (restart it?) and readiness (send it work?). */
class ProbesTest extends GatewayTest {

    @Test
    void aRunningGatewayIsLiveAndReady() {
        for (String probe : new String[] {"liveness", "readiness"}) {
            ResponseEntity<Map> answer = rest.getForEntity("/actuator/health/" + probe, Map.class);
            assertThat(answer.getStatusCode().value()).as(probe).isEqualTo(200);
            assertThat(answer.getBody()).as(probe).containsEntry("status", "UP");
            // without a login, the state alone: nothing of the database or the broker behind it
            assertThat(answer.getBody()).as(probe).containsOnlyKeys("status");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void readinessCountsTheDatabaseAndLivenessNothingOutside() {
        Map<String, Map<String, Object>> readiness = rest.withBasicAuth("ops", "ops").getForObject("/actuator/health/readiness", Map.class);
        assertThat(readiness.get("components").keySet()).containsExactlyInAnyOrder("readinessState", "db");
        Map<String, Map<String, Object>> liveness = rest.withBasicAuth("ops", "ops").getForObject("/actuator/health/liveness", Map.class);
        assertThat(liveness.get("components").keySet()).containsExactly("livenessState");
    }
}
