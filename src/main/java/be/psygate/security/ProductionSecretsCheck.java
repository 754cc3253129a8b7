package be.psygate.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

import java.util.List;

/**
 * Stops a gateway started with the {@code production} profile before anything else starts (no database, broker or
 * SFTP server is touched) when one of its secrets is missing or weak ({@link ProductionSecrets}), naming every
 * setting at fault at once. Runs after the configuration files are read, so that it sees what production reads.
 */
public class ProductionSecretsCheck implements EnvironmentPostProcessor, Ordered {

    /** The profile that production runs with. */
    public static final String PROFILE = "production";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        List<String> problems = ProductionSecrets.problems(name -> resolve(environment, name));
        if (!problems.isEmpty()) {
            throw new WeakProductionSecretsException(problems);
        }
    }

    @Override
    public int getOrder() {
        // after ConfigDataEnvironmentPostProcessor (which reads application-production.yml)
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static String resolve(ConfigurableEnvironment environment, String name) {
        try {
            return environment.getProperty(name);
        } catch (IllegalArgumentException unresolvable) {
            // a ${PLACEHOLDER} without a value: not set
            return null;
        }
    }

    /** Why production did not start: every setting at fault, one a line. */
    public static final class WeakProductionSecretsException extends IllegalStateException {

        WeakProductionSecretsException(List<String> problems) {
            super("The production profile refuses to start until these settings hold strong secrets:\n  - "
                    + String.join("\n  - ", problems));
        }
    }
}
