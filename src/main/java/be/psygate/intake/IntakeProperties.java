package be.psygate.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Intake settings ({@code psygate.intake.*}). The endpoint settings (host, folders, read lock) are used by
 * {@code routes/intake.yaml}; these are the ones the Java side needs.
 *
 * @param workDir   local folder for downloaded uploads and answers being written
 * @param chunkSize lines judged, stored and answered per database batch
 */
@ConfigurationProperties("psygate.intake")
public record IntakeProperties(Path workDir, int chunkSize) {

    public IntakeProperties {
        if (chunkSize <= 0) {
            chunkSize = 1000;
        }
    }
}
