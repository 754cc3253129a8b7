package be.psygate.sftp;

import be.psygate.intake.IncompleteUploads;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.psygate.ops.OpsEvents;

/**
 * Runs the embedded SFTP server unless {@code psygate.sftp.enabled=false}. It needs an
 * {@link SftpAccountDirectory} bean. Paths left unset are placed in {@code psygate.data-dir} (default
 * {@code ./data}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "psygate.sftp", name = "enabled", matchIfMissing = true)
public class SftpConfiguration {

    private final SftpProperties properties;

    SftpConfiguration(SftpProperties properties, @Value("${psygate.data-dir:./data}") Path dataDir) {
        this.properties = properties.withDefaultsUnder(dataDir);
    }

    /** What the intake asks the server of an upload: whether it was cut off and never completed. */
    @Bean
    IncompleteUploads incompleteUploads(EmbeddedSftpServer server) {
        return server::isIncompleteUpload;
    }

    /** The layout of the SFTP root, for whoever prepares or looks up homes without needing the server. */
    @Bean
    SftpHomes sftpHomes() {
        return new SftpHomes(properties.root(), properties.serviceUser());
    }

    /**
     * The server, telling bursts of refused logins on the operators' topic as {@code ALERT_SFTP_LOGIN_FAILURES}
     * when the gateway publishes ops events.
     */
    @Bean
    EmbeddedSftpServer embeddedSftpServer(SftpAccountDirectory directory, ObjectProvider<OpsEvents> opsEvents) {
        return new EmbeddedSftpServer(properties, directory, burst -> {
            OpsEvents events = opsEvents.getIfAvailable();
            if (events == null) {
                return;
            }
            Map<String, Object> alert = new LinkedHashMap<>();
            alert.put("type", "ALERT_SFTP_LOGIN_FAILURES");
            alert.put("remote", burst.remote());
            alert.put("user", burst.user());
            alert.put("failures", burst.failures());
            alert.put("at", burst.at().toString());
            events.publish(alert);
        });
    }
}
