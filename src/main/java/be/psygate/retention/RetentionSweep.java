package be.psygate.retention;

import be.psygate.storage.RegularFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One pass of the retention policy over what the gateway keeps: the answers in the practices' {@code out/} folders
 * and the archive on the SFTP server, the quarantine on the gateway's disk. An archived list is deleted only once
 * the ledger shows it settled (and its period passed since); one the ledger does not know is kept.
 *
 * @param practicesDir the practices' folder on the SFTP server ({@code psygate.intake.directory})
 * @param archiveDir   the archive folder on the SFTP server
 * @param archiveZone  the zone the archive's names are written in (the gateway's machine's)
 */
public record RetentionSweep(RetentionPolicy policy,
                             BiFunction<String, Instant, Optional<Settlements.Settlement>> settlements,
                             String practicesDir, String archiveDir, ZoneId archiveZone) {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    public RetentionReport run(Instant now, RemoteFolder server, Path quarantine) {
        int failures = 0;
        int answers = 0;
        for (RemoteFolder.Entry e : server.files(practicesDir, 3)) {
            String rel = e.path().substring(practicesDir.length() + 1);
            if (rel.matches("[^/]+/out/[^/]+")
                    && policy.due(new StoredItem(DataKind.ANSWER, e.path(), e.modified(), false), now)) {
                if (delete(server, e.path())) {
                    answers++;
                } else {
                    failures++;
                }
            }
        }
        int lists = 0;
        int unsettled = 0;
        int unmatched = 0;
        for (RemoteFolder.Entry e : server.files(archiveDir, 5)) {
            String rel = e.path().substring(archiveDir.length() + 1);
            Optional<ArchivedName> name = ArchivedName.parse(rel, archiveZone);
            if (name.isEmpty()) {
                unmatched++;
                continue;
            }
            Optional<Settlements.Settlement> s = settlements.apply(name.get().uploadPath(), name.get().archivedAt());
            if (s.isEmpty()) {
                unmatched++;
                continue;
            }
            if (!s.get().settled()) {
                unsettled++;
                continue;
            }
            Instant since = s.get().settledAt().isAfter(name.get().archivedAt())
                    ? s.get().settledAt() : name.get().archivedAt();
            if (policy.due(new StoredItem(DataKind.ARCHIVED_LIST, e.path(), since, false), now)) {
                if (delete(server, e.path())) {
                    lists++;
                } else {
                    failures++;
                }
            }
        }
        int quarantined = 0;
        for (StoredItem item : quarantined(quarantine)) {
            if (policy.due(item, now)) {
                try {
                    Files.deleteIfExists(quarantine.resolve(item.name()));
                    quarantined++;
                } catch (IOException ex) {
                    log.warn("Retention: a quarantined file could not be deleted: {}", ex.getClass().getSimpleName());
                    failures++;
                }
            }
        }
        return new RetentionReport(now, answers, lists, unsettled, unmatched, quarantined, failures);
    }

    private static boolean delete(RemoteFolder server, String path) {
        try {
            server.delete(path);
            return true;
        } catch (RuntimeException ex) {
            // the path names a practice's file, which may hold anything: not logged
            log.warn("Retention: a file on the SFTP server could not be deleted: {}", ex.getClass().getSimpleName());
            return false;
        }
    }

    /** The regular files of the quarantine (links not followed), named relative to it. */
    private static List<StoredItem> quarantined(Path dir) {
        List<StoredItem> items = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return items;
        }
        try {
            RegularFiles.forEach(dir, (f, a) -> items.add(new StoredItem(DataKind.QUARANTINED_FILE,
                    dir.relativize(f).toString(), a.lastModifiedTime().toInstant(), false)));
        } catch (IOException e) {
            log.warn("Retention: the quarantine could not be read: {}", e.getClass().getSimpleName());
        }
        return items;
    }
}
