package be.psygate.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Period;

/**
 * Intake settings ({@code psygate.intake.*}). The endpoint settings (host, folders, read lock) are used by
 * {@code routes/intake.yaml}; these are the ones the Java side needs.
 *
 * @param workDir   local folder for downloaded uploads and answers being written
 * @param chunkSize       lines judged, stored and answered per database batch
 * @param billingDeadline how old a session may be and still be billed (e.g. {@code P2Y}); null for no limit
 */
@ConfigurationProperties("psygate.intake")
public record IntakeProperties(Path workDir, int chunkSize, Period billingDeadline) {

    public IntakeProperties {
        if (chunkSize <= 0) {
            chunkSize = 1000;
        }
    }
}
