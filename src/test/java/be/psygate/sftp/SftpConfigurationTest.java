package be.psygate.sftp;

import be.psygate.storage.GatewayProperties;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Spring wiring: defaults, paths under the data directory, the switch, the lifecycle phase. */
class SftpConfigurationTest {

    @TempDir
    Path dataDir;

    /** With application.yml, where the defaults are. */
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(PropertiesAndDirectory.class, SftpConfiguration.class);

    @Test
    void theServerRunsWithItsFilesInTheDataDirectory() {
        context.withPropertyValues("psygate.data-dir=" + dataDir, "psygate.sftp.host=127.0.0.1",
                        "psygate.sftp.port=0")
                .run(context -> {
                    EmbeddedSftpServer server = context.getBean(EmbeddedSftpServer.class);
                    SftpProperties used = server.properties();

                    assertThat(server.isRunning()).isTrue();
                    assertThat(server.port()).isPositive();
                    assertThat(used.root()).isEqualTo(dataDir.resolve("sftp"));
                    assertThat(used.hostKey()).isEqualTo(dataDir.resolve("ssh_host_key")).isRegularFile();
                    assertThat(used.knownHosts()).isEqualTo(dataDir.resolve("known_hosts")).isRegularFile();
                    assertThat(dataDir.resolve("sftp/practices")).isDirectory();
                    assertThat(context.getBean(SftpHomes.class).homeOf("anna"))
                            .isEqualTo(dataDir.resolve("sftp/practices/anna"));
                });
    }

    @Test
    void thePropertiesHaveTheirDefaults() {
        context.withPropertyValues("psygate.sftp.enabled=false").run(context -> {
            SftpProperties defaults = context.getBean(SftpProperties.class);

            assertThat(defaults.enabled()).isFalse();
            assertThat(defaults.host()).isEqualTo("0.0.0.0");
            assertThat(defaults.port()).isEqualTo(2222);
            assertThat(defaults.serviceUser()).isEqualTo("psygate");
            assertThat(defaults.servicePassword()).isEqualTo("psygate");
            assertThat(defaults.serviceLoopbackOnly()).isTrue();
            assertThat(defaults.idleTimeout()).hasMinutes(10);
            assertThat(defaults.limits()).isEqualTo(SftpLimits.defaults());
            assertThat(defaults.limits().maxNameBytes()).isEqualTo(200);
            assertThat(defaults.limits().maxAuthAttempts()).isEqualTo(6);
            assertThat(defaults.limits().hasHomeQuota()).isFalse();
            assertThat(defaults.toString()).contains("servicePassword=****").doesNotContain("servicePassword=psygate");
            assertThat(defaults.withDefaultsUnder(Path.of("data")).root())
                    .isEqualTo(Path.of("data", "sftp").toAbsolutePath());
        });
    }

    @Test
    void aLongGeneratedServicePasswordWorks() {
        String secret = "s3cr3t-".repeat(20);
        context.withPropertyValues("psygate.data-dir=" + dataDir, "psygate.sftp.host=127.0.0.1",
                        "psygate.sftp.port=0", "psygate.sftp.service-password=" + secret)
                .run(context -> {
                    EmbeddedSftpServer server = context.getBean(EmbeddedSftpServer.class);
                    try (JschSftp gateway = JschSftp.connect(server.port(), server.properties().knownHosts(),
                            "psygate", secret)) {
                        assertThat(gateway.ls("/")).contains("practices");
                    }
                });
    }

    @Test
    void theLimitsAreSettings() {
        context.withPropertyValues("psygate.sftp.enabled=false", "psygate.sftp.limits.max-open-handles=5",
                "psygate.sftp.limits.max-name-bytes=120", "psygate.sftp.limits.failure-delay=1s",
                "psygate.sftp.limits.home-quota=10MB").run(context -> {
                    SftpLimits limits = context.getBean(SftpProperties.class).limits();

                    assertThat(limits.maxOpenHandles()).isEqualTo(5);
                    assertThat(limits.maxNameBytes()).isEqualTo(120);
                    assertThat(limits.failureDelay()).hasSeconds(1);
                    assertThat(limits.homeQuota().toMegabytes()).isEqualTo(10);
                    assertThat(limits.maxSessionsPerUser()).isEqualTo(SftpLimits.defaults().maxSessionsPerUser());
                });
    }

    @Test
    void theServerCanBeSwitchedOff() {
        context.withPropertyValues("psygate.sftp.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedSftpServer.class));
    }

    @Test
    void theServerStartsBeforeCamelAndStopsAfterIt() {
        int camelContextPhase = new org.apache.camel.spring.SpringCamelContext().getPhase();

        assertThat(EmbeddedSftpServer.PHASE).isLessThan(camelContextPhase);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({SftpProperties.class, GatewayProperties.class})
    static class PropertiesAndDirectory {

        @Bean
        SftpAccountDirectory sftpAccountDirectory() {
            return new InMemorySftpAccountDirectory();
        }
    }
}
