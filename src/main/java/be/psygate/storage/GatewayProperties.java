package be.psygate.storage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/**
 * The gateway's own places. Defaults in {@code application.yml}.
 *
 * @param dataDir  everything the gateway keeps (database, broker journal, SFTP homes, archive, quarantine, work
 *                 folders, bank files), unless a setting of its own says otherwise
 * @param mappings where the rules, tariffs, reasons, formats and insurers are read from (a Spring resource location)
 */
@Validated
@ConfigurationProperties("psygate")
public record GatewayProperties(@NotNull Path dataDir, @NotBlank String mappings) {
}
