package be.psygate.intake;

import be.psygate.ledger.FileMode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a list was found, from its path relative to the practices' root: {@code <sftp user>/<in|check>/<file name>}.
 */
public record Upload(String sftpUser, FileMode mode, String fileName, String relativePath) {

    private static final Pattern PATH = Pattern.compile("([a-z0-9][a-z0-9._-]{0,31})/(in|check)/([^/]{1,255})");

    public static Upload of(String relativePath) {
        String normalized = relativePath.replace('\\', '/');
        Matcher m = PATH.matcher(normalized);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a practice's drop folder: " + relativePath);
        }
        return new Upload(m.group(1), FileMode.ofFolder(m.group(2)), m.group(3), normalized);
    }

    /** Path of an answer to this upload, relative to the practices' root. */
    public String answerPath(String suffix) {
        return sftpUser + "/out/" + fileName + suffix;
    }
}
