package be.psygate.intake;

import be.psygate.intake.format.CsvSessionListReader;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Period;

/**
 * Intake settings ({@code psygate.intake.*}). The endpoint settings (host, folders, read lock) are used by
 * {@code routes/intake.yaml}; these are the ones the Java side needs.
 *
 * @param workDir         local folder for downloaded uploads and answers being written
 * @param chunkSize       lines judged, stored and answered per database batch
 * @param billingDeadline how old a session may be and still be billed (e.g. {@code P2Y}); null for no limit
 * @param maxFileBytes    the largest file read, in bytes; a larger one is quarantined unread ({@code FILE_TOO_LARGE});
 *                        {@value #DEFAULT_MAX_FILE_BYTES} when not set
 * @param maxLineLength   the longest CSV line read, in characters; a longer one is malformed ({@code LINE_MALFORMED});
 *                        {@value CsvSessionListReader#MAX_LINE_LENGTH} when not set
 */
@ConfigurationProperties("psygate.intake")
public record IntakeProperties(Path workDir, int chunkSize, Period billingDeadline, long maxFileBytes,
                               int maxLineLength) {

    /** 200 MB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 200_000_000L;

    public IntakeProperties {
        if (chunkSize <= 0) {
            chunkSize = 1000;
        }
        if (maxFileBytes <= 0) {
            maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        }
        if (maxLineLength <= 0) {
            maxLineLength = CsvSessionListReader.MAX_LINE_LENGTH;
        }
    }
}
