package be.psygate.security;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionSecretsTest {

    private static final String STRONG = "x7Qm-2vLp9sK4rTz";

    private static Map<String, String> strongProduction() {
        Map<String, String> s = new HashMap<>();
        s.put("psygate.security.admin-user", "admin");
        s.put("psygate.security.admin-password", STRONG);
        s.put("psygate.security.ops-user", "ops");
        s.put("psygate.security.ops-password", STRONG + "ops");
        s.put("spring.datasource.username", "psygate");
        s.put("spring.datasource.password", STRONG + "db");
        s.put("spring.artemis.mode", "native");
        s.put("spring.artemis.user", "psygate");
        s.put("spring.artemis.password", STRONG + "mq");
        s.put("psygate.sftp.enabled", "false");
        s.put("psygate.intake.username", "psygate");
        s.put("psygate.intake.password", STRONG + "sftp");
        s.put("psygate.demo.enabled", "false");
        s.put("psygate.simulated-insurer.enabled", "false");
        return s;
    }

    /** The problems of {@link #strongProduction()} with the settings {@code set} given and {@code removed} not set. */
    private static List<String> problemsWith(Map<String, String> set, String... removed) {
        Map<String, String> s = strongProduction();
        s.putAll(set);
        for (String name : removed) {
            s.remove(name);
        }
        return ProductionSecrets.problems(s::get);
    }

    @Test
    void strongSecretsLetProductionStart() {
        assertThat(ProductionSecrets.problems(strongProduction()::get)).isEmpty();
    }

    @Test
    void aMissingSecretIsNamedWithItsEnvironmentVariable() {
        assertThat(problemsWith(Map.of(), "psygate.security.admin-password"))
                .containsExactly("psygate.security.admin-password (environment PSYGATE_ADMIN_PASSWORD) is not set");
    }

    @Test
    void defaultsDemoValuesShortAndRepetitiveSecretsAreRefused() {
        assertThat(ProductionSecrets.weakness("admin", "admin")).isEqualTo("is a default or demo value");
        assertThat(ProductionSecrets.weakness("Password", "admin")).isEqualTo("is a default or demo value");
        assertThat(ProductionSecrets.weakness("${PSYGATE_ADMIN_PASSWORD}", "admin")).contains("placeholder");
        assertThat(ProductionSecrets.weakness("gatekeeper-admin", "gatekeeper-admin")).isEqualTo("is the account's own name");
        assertThat(ProductionSecrets.weakness("short-but-ok1", "admin")).contains("shorter than 16");
        assertThat(ProductionSecrets.weakness("abababababababababab", "admin")).contains("different characters");
        assertThat(ProductionSecrets.weakness(STRONG, "admin")).isNull();
    }

    @Test
    void theEmbeddedServersServiceAccountAndTheBrokerAreCheckedWhenTheyAreUsed() {
        List<String> problems = problemsWith(Map.of("psygate.sftp.enabled", "true",
                "psygate.sftp.service-password", "psygate", "spring.artemis.mode", "embedded"),
                "spring.artemis.password");
        assertThat(problems).containsExactly(
                "psygate.sftp.service-password (environment PSYGATE_SFTP_SERVICE_PASSWORD) is a default or demo value");
    }

    @Test
    void theEmbeddedBrokersOpsLoginNeedsAStrongPasswordWhenItIsGiven() {
        assertThat(problemsWith(Map.of("spring.artemis.mode", "embedded", "psygate.broker.users.ops.user", "ops",
                "psygate.broker.users.ops.password", "ops-broker-demo"))).containsExactly(
                "psygate.broker.users.ops.password (environment PSYGATE_BROKER_OPS_PASSWORD) is a default or demo value");
        assertThat(problemsWith(Map.of("spring.artemis.mode", "embedded", "psygate.broker.users.ops.user", "ops",
                "psygate.broker.users.ops.password", STRONG + "broker"))).isEmpty();
    }

    @Test
    void theDemoDataAndTheSimulatedInsurerNeverLoadInProduction() {
        assertThat(problemsWith(Map.of("psygate.demo.enabled", "true", "psygate.simulated-insurer.enabled", "true")))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("psygate.demo.enabled is true"))
                .anySatisfy(p -> assertThat(p).startsWith("psygate.simulated-insurer.enabled is true"));
    }
}
