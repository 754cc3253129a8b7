package be.psygate.sftp;


import be.psygate.storage.GatewayProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * Runs the embedded SFTP server unless {@code psygate.sftp.enabled=false}. It needs an
 * {@link SftpAccountDirectory} bean. Paths left unset are placed in {@code psygate.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "psygate.sftp", name = "enabled", matchIfMissing = true)
public class SftpConfiguration {

    private final SftpProperties properties;

    SftpConfiguration(SftpProperties properties, GatewayProperties gateway) {
        this.properties = properties.withDefaultsUnder(gateway.dataDir());
    }

    /** What the intake asks the server of an upload: whether it was cut off and never completed. */
    @Bean
    IncompleteUploads incompleteUploads(EmbeddedSftpServer server) {
        return server::isIncompleteUpload;
    }

    /** What the intake asks the server of the practices' homes, and hears of their uploads as they end. */
    @Bean
    PracticeUploads practiceUploads(EmbeddedSftpServer server) {
        return server.practiceUploads();
    }

    /** The server's root as the gateway's service login sees it, read on the server's disk (the intake's reads). */
    @Bean
    ServiceLoginFiles serviceLoginFiles(EmbeddedSftpServer server) {
        return server.serviceLoginFiles();
    }

    /** The practices' folders as the gateway writes them itself, on the embedded server's disk. */
    @Bean
    PracticeFolders practiceFolders(SftpHomes homes) {
        return new PracticeFolders(homes);
    }

    /** The layout of the SFTP root, for whoever prepares or looks up homes without needing the server. */
    @Bean
    SftpHomes sftpHomes() {
        return new SftpHomes(properties.root(), properties.serviceUser());
    }

    /**
     * The server, telling bursts of refused logins to the operators through the {@link LoginAlerts} the gateway
     * gives it (the ops events), or only in its log.
     */
    @Bean
    EmbeddedSftpServer embeddedSftpServer(SftpAccountDirectory directory, ObjectProvider<LoginAlerts> alerts) {
        return new EmbeddedSftpServer(properties, directory, alerts.getIfAvailable(() -> LoginAlerts.NONE));
    }
}
