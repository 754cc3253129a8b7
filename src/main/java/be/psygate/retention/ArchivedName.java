package be.psygate.retention;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list in the archive, as the intake route names it: {@code <yyyy>/<MM>/<sftp user>/<in|check>/<name>.<yyyyMMdd-
 * HHmmssSSS>} under the archive folder, the time being the moment it was archived, in the gateway's time zone.
 *
 * @param uploadPath the path it was uploaded at, relative to the practices' folder, as the ledger records it
 * @param archivedAt when it was archived
 */
public record ArchivedName(String uploadPath, Instant archivedAt) {

    private static final Pattern NAME = Pattern.compile(
            "\\d{4}/\\d{2}/([^/]+/(?:in|check)/[^/]+)\\.(\\d{8}-\\d{9})");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS");

    /** The archived list at this path relative to the archive folder; empty for anything else. */
    public static Optional<ArchivedName> parse(String relativePath, ZoneId zone) {
        Matcher m = NAME.matcher(relativePath);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant at = LocalDateTime.parse(m.group(2), STAMP).atZone(zone).toInstant();
            return Optional.of(new ArchivedName(m.group(1), at));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
