package be.psygate.security;

import be.psygate.PsyGateApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gateway started with the production profile, as an operator would start it: without its secrets, or with the
 * demo's, it stops before it touches anything (nothing is written in its data directory), naming each setting.
 */
class ProductionStartTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutItsSecretsProductionStopsBeforeAnythingStartsAndNamesEachSetting() throws IOException {
        assertThatThrownBy(() -> start("--psygate.data-dir=" + dataDir))
                .isInstanceOf(ProductionSecretsCheck.WeakProductionSecretsException.class)
                .hasMessageContaining("psygate.security.admin-password (environment PSYGATE_ADMIN_PASSWORD) is ")
                .hasMessageContaining("psygate.security.ops-password (environment PSYGATE_OPS_PASSWORD) is not set")
                .hasMessageContaining("spring.datasource.password (environment PSYGATE_DB_PASSWORD)")
                .hasMessageContaining("psygate.intake.password (environment PSYGATE_SFTP_PASSWORD)");
        try (Stream<Path> written = Files.list(dataDir)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void theDemoCredentialsAndTheDemoDataAreRefusedInProduction() {
        assertThatThrownBy(() -> start("--psygate.data-dir=" + dataDir,
                "--psygate.security.admin-password=admin", "--psygate.security.ops-password=ops",
                "--psygate.sftp.enabled=true", "--psygate.sftp.service-password=psygate",
                "--psygate.demo.enabled=true"))
                .isInstanceOf(ProductionSecretsCheck.WeakProductionSecretsException.class)
                .hasMessageContaining("psygate.security.admin-password (environment PSYGATE_ADMIN_PASSWORD) is a default")
                .hasMessageContaining("psygate.security.ops-password (environment PSYGATE_OPS_PASSWORD) is a default")
                .hasMessageContaining("psygate.sftp.service-password (environment PSYGATE_SFTP_SERVICE_PASSWORD) is a default")
                .hasMessageContaining("psygate.demo.enabled is true")
                .message().doesNotContain("=admin").doesNotContain("psygate.sftp.service-password=");
    }

    private static void start(String... args) {
        new SpringApplicationBuilder(PsyGateApplication.class).profiles(ProductionSecretsCheck.PROFILE)
                .run(args).close();
    }
}
