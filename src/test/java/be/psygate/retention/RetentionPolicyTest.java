package be.psygate.retention;

import be.psygate.ops.OpsEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retention policy and one sweep, with a fixed "now" and folders held in memory. */
class RetentionPolicyTest {

    private static final Instant NOW = Instant.parse("2027-06-30T10:00:00Z");
    private static final RetentionPolicy POLICY = new RetentionPolicy(Map.of(
            DataKind.ANSWER, Duration.ofDays(180),
            DataKind.ARCHIVED_LIST, Duration.ofDays(400),
            DataKind.QUARANTINED_FILE, Duration.ofDays(90)));

    @Test
    void anItemPastItsPeriodIsDueAndOneWithinItStays() {
        assertThat(POLICY.due(item(DataKind.ANSWER, 181, false), NOW)).isTrue();
        assertThat(POLICY.due(item(DataKind.ANSWER, 180, false), NOW)).as("on the day").isTrue();
        assertThat(POLICY.due(item(DataKind.ANSWER, 179, false), NOW)).isFalse();
        assertThat(POLICY.due(item(DataKind.QUARANTINED_FILE, 91, false), NOW)).isTrue();
        assertThat(POLICY.due(item(DataKind.QUARANTINED_FILE, 89, false), NOW)).isFalse();
    }

    @Test
    void anItemSomethingStillNeedsIsNeverDue() {
        assertThat(POLICY.due(item(DataKind.ARCHIVED_LIST, 4000, true), NOW)).isFalse();
    }

    @Test
    void aKindWithoutAPeriodIsKeptForEver() {
        RetentionPolicy answersOnly = new RetentionPolicy(Map.of(DataKind.ANSWER, Duration.ofDays(1)));
        assertThat(answersOnly.due(item(DataKind.QUARANTINED_FILE, 100_000, false), NOW)).isFalse();
        assertThat(answersOnly.period(DataKind.ARCHIVED_LIST)).isEmpty();
    }

    @Test
    void aPeriodMustBePositive() {
        assertThatThrownBy(() -> new RetentionPolicy(Map.of(DataKind.ANSWER, Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anArchivedNameGivesTheUploadPathAndTheTimeItWasArchived() {
        assertThat(ArchivedName.parse("2025/06/dr-a/in/june.csv.20250630-101500123", ZoneOffset.UTC))
                .contains(new ArchivedName("dr-a/in/june.csv", Instant.parse("2025-06-30T10:15:00.123Z")));
        assertThat(ArchivedName.parse("2025/06/dr-a/out/june.csv.20250630-101500123", ZoneOffset.UTC)).isEmpty();
        assertThat(ArchivedName.parse("2025/06/dr-a/in/june.csv", ZoneOffset.UTC)).isEmpty();
        assertThat(ArchivedName.parse("2025/06/dr-a/in/june.csv.20251399-101500123", ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void aSweepDeletesAnswersAndSettledListsPastTheirPeriodAndKeepsEverythingElse(@TempDir Path quarantine)
            throws IOException {
        Instant old = NOW.minus(Duration.ofDays(500));
        Memory server = new Memory();
        server.put("practices/dr-a/out/jan.csv.ack.csv", old);
        server.put("practices/dr-a/out/jun.csv.ack.csv", NOW.minus(Duration.ofDays(10)));
        server.put("practices/dr-a/in/waiting.csv", old);
        server.put("practices/dr-a/check/waiting.csv", old);
        // archived 500 days ago: settled then, settled 10 days ago, not settled, unknown to the ledger
        server.put("archive/2026/02/dr-a/in/settled.csv." + stamp(old), old);
        server.put("archive/2026/02/dr-a/in/late.csv." + stamp(old), old);
        server.put("archive/2026/02/dr-a/in/open.csv." + stamp(old), old);
        server.put("archive/2026/02/dr-a/in/unknown.csv." + stamp(old), old);
        server.put("archive/2026/02/stray.txt", old);
        Map<String, Optional<Settlements.Settlement>> ledger = Map.of(
                "dr-a/in/settled.csv", Optional.of(new Settlements.Settlement(1, old.plusSeconds(60))),
                "dr-a/in/late.csv", Optional.of(new Settlements.Settlement(2, NOW.minus(Duration.ofDays(10)))),
                "dr-a/in/open.csv", Optional.of(new Settlements.Settlement(3, null)));
        Path oldQuarantined = Files.writeString(quarantine.resolve("q1"), "x");
        Files.setLastModifiedTime(oldQuarantined, FileTime.from(NOW.minus(Duration.ofDays(91))));
        Path newQuarantined = Files.writeString(quarantine.resolve("q2"), "x");
        Files.setLastModifiedTime(newQuarantined, FileTime.from(NOW.minus(Duration.ofDays(89))));

        RetentionReport report = new RetentionSweep(POLICY,
                (path, at) -> ledger.getOrDefault(path, Optional.empty()), "practices", "archive", ZoneOffset.UTC)
                .run(NOW, server, quarantine);

        assertThat(server.deleted).containsExactlyInAnyOrder("practices/dr-a/out/jan.csv.ack.csv",
                "archive/2026/02/dr-a/in/settled.csv." + stamp(old));
        assertThat(report.answersDeleted()).isEqualTo(1);
        assertThat(report.archivedListsDeleted()).isEqualTo(1);
        assertThat(report.archivedListsUnsettled()).isEqualTo(1);
        assertThat(report.archivedListsUnmatched()).isEqualTo(2);
        assertThat(report.quarantineDeleted()).isEqualTo(1);
        assertThat(oldQuarantined).doesNotExist();
        assertThat(newQuarantined).exists();
        assertThat(report.event("here", null)).extracting(OpsEvent::type, OpsEvent.RetentionRun::answersDeleted,
                OpsEvent.RetentionRun::instance).containsExactly("RETENTION_RUN", 1, "here");
    }

    @Test
    void aFolderAboveTheServersRootIsRefused() {
        assertThat(RetentionJob.normalize("practices/../archive")).isEqualTo("archive");
        assertThat(RetentionJob.normalize("/srv/practices/./../archive")).isEqualTo("/srv/archive");
        assertThatThrownBy(() -> RetentionJob.normalize("practices/../../etc"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String stamp(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS").withZone(ZoneOffset.UTC).format(at);
    }

    private static StoredItem item(DataKind kind, int daysOld, boolean needed) {
        return new StoredItem(kind, "x", NOW.minus(Duration.ofDays(daysOld)), needed);
    }

    /** Folders held in memory: path to time. */
    private static final class Memory implements RemoteFolder {
        final Map<String, Instant> files = new java.util.TreeMap<>();
        final List<String> deleted = new ArrayList<>();

        void put(String path, Instant at) {
            files.put(path, at);
        }

        @Override
        public List<Entry> files(String dir, int maxDepth) {
            return files.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(dir + "/")
                            && e.getKey().substring(dir.length() + 1).split("/").length <= maxDepth)
                    .map(e -> new Entry(e.getKey(), e.getValue())).toList();
        }

        @Override
        public void delete(String path) {
            files.remove(path);
            deleted.add(path);
        }

        @Override
        public void close() {
        }
    }
}
