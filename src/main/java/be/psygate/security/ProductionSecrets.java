package be.psygate.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The secrets a production gateway must be given, and what makes one too weak to start with: missing, left as an
 * unresolved placeholder, shorter than the minimum, a default or demo value, the account's own name, or one
 * character repeated. Each problem names the setting and the environment variable that sets it, never the value.
 */
public final class ProductionSecrets {

    /** Shortest secret accepted, in characters. */
    public static final int MIN_LENGTH = 16;

    /** Values that ship with the demo configuration or that a careless install tries first. */
    static final Set<String> KNOWN_WEAK = Set.of("admin", "ops", "psygate", "password", "secret", "changeme",
            "change-me", "demo", "demo-psygate", "demo-psygate-nl", "insurer-100-demo", "insurer-300-demo", "sa",
            "postgres", "artemis", "guest", "root", "test", "123456", "12345678", "1234567890123456", "qwerty",
            "ops-broker-demo", "insurer-200-broker-demo");

    /** A secret a setting must hold, and the account it protects (whose name it must not be). */
    public record Secret(String property, String environment, String userProperty) {
    }

    /** The secrets checked in production, with what decides whether each one is needed. */
    public static List<Secret> required(Function<String, String> settings) {
        List<Secret> secrets = new ArrayList<>();
        secrets.add(new Secret("psygate.security.admin-password", "PSYGATE_ADMIN_PASSWORD", "psygate.security.admin-user"));
        secrets.add(new Secret("psygate.security.ops-password", "PSYGATE_OPS_PASSWORD", "psygate.security.ops-user"));
        secrets.add(new Secret("spring.datasource.password", "PSYGATE_DB_PASSWORD", "spring.datasource.username"));
        if (!"embedded".equalsIgnoreCase(valueOr(settings.apply("spring.artemis.mode"), "embedded"))) {
            secrets.add(new Secret("spring.artemis.password", "PSYGATE_BROKER_PASSWORD", "spring.artemis.user"));
        } else if (!valueOr(settings.apply("psygate.broker.users.ops.user"), "").isBlank()) {
            // the embedded broker's read-only login, for outside clients of its network acceptor
            secrets.add(new Secret("psygate.broker.users.ops.password", "PSYGATE_BROKER_OPS_PASSWORD",
                    "psygate.broker.users.ops.user"));
        }
        if (Boolean.parseBoolean(valueOr(settings.apply("psygate.sftp.enabled"), "true"))) {
            // the embedded server's service account sees every practice's home
            secrets.add(new Secret("psygate.sftp.service-password", "PSYGATE_SFTP_SERVICE_PASSWORD",
                    "psygate.sftp.service-user"));
        }
        secrets.add(new Secret("psygate.intake.password", "PSYGATE_SFTP_PASSWORD", "psygate.intake.username"));
        return secrets;
    }

    /**
     * What stops production from starting; empty when nothing does.
     *
     * @param settings the resolved value of a setting, {@code null} when it is not set or cannot be resolved
     */
    public static List<String> problems(Function<String, String> settings) {
        List<String> problems = new ArrayList<>();
        for (Secret s : required(settings)) {
            String why = weakness(settings.apply(s.property()), settings.apply(s.userProperty()));
            if (why != null) {
                problems.add(s.property() + " (environment " + s.environment() + ") " + why);
            }
        }
        if (Boolean.parseBoolean(settings.apply("psygate.demo.enabled"))) {
            problems.add("psygate.demo.enabled is true: the demo practices and their passwords never load in production");
        }
        if (Boolean.parseBoolean(settings.apply("psygate.simulated-insurer.enabled"))) {
            problems.add("psygate.simulated-insurer.enabled is true: the simulated insurer answers invoices in the demo only");
        }
        return problems;
    }

    /** Why a secret is too weak, or {@code null} when it is strong enough. */
    static String weakness(String secret, String user) {
        if (secret == null || secret.isBlank()) {
            return "is not set";
        }
        if (secret.contains("${")) {
            return "is an unresolved placeholder: its environment variable is not set";
        }
        if (KNOWN_WEAK.contains(secret.toLowerCase(Locale.ROOT))) {
            return "is a default or demo value";
        }
        if (user != null && secret.equalsIgnoreCase(user)) {
            return "is the account's own name";
        }
        if (secret.length() < MIN_LENGTH) {
            return "is shorter than " + MIN_LENGTH + " characters";
        }
        if (secret.chars().distinct().count() < 5) {
            return "has fewer than 5 different characters";
        }
        return null;
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private ProductionSecrets() {
    }
}
