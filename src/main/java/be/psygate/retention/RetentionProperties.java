package be.psygate.retention;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long the gateway keeps what ({@code psygate.retention.*}). The financial records (invoices, insurers' answers,
 * payments, the session ledger) are never deleted by the gateway; {@code financial-records} is the legal period past
 * which a run counts them for the operators. Defaults in {@code application.yml}.
 *
 * @param enabled          whether the scheduled run deletes anything
 * @param interval         how often an instance tries to run it; one instance at a time runs it
 * @param initialDelay     how long after a start the first try waits
 * @param lease            how long a run may take before another instance may take the job over
 * @param answers          answers and statements in the practices' {@code out/} folders
 * @param archive          the archive of lists taken in, counted from the day a list is settled: its accepted sessions
 *                         all paid or refused by their insurer and every amount owed for them paid; a list not
 *                         settled is never deleted
 * @param quarantine       files that could not be read
 * @param quarantineDir    the quarantine folder on the gateway's disk
 * @param financialRecords the legal retention period of the financial records; unset: none counted
 */
@Validated
@ConfigurationProperties("psygate.retention")
public record RetentionProperties(
        @NotNull Boolean enabled,
        Duration interval,
        @NotNull Duration initialDelay,
        Duration lease,
        Duration answers,
        Duration archive,
        Duration quarantine,
        @NotNull Path quarantineDir,
        Duration financialRecords) {

    public RetentionProperties {
        requirePositive(interval, "interval");
        requirePositive(lease, "lease");
        requirePositive(answers, "answers");
        requirePositive(archive, "archive");
        requirePositive(quarantine, "quarantine");
        if (financialRecords != null) {
            requirePositive(financialRecords, "financial-records");
        }
    }

    public RetentionPolicy policy() {
        Map<DataKind, Duration> periods = new EnumMap<>(DataKind.class);
        periods.put(DataKind.ANSWER, answers);
        periods.put(DataKind.ARCHIVED_LIST, archive);
        periods.put(DataKind.QUARANTINED_FILE, quarantine);
        return new RetentionPolicy(periods);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("psygate.retention." + name + " must be a positive duration: " + d);
        }
    }
}
