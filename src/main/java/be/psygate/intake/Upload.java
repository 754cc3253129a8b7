package be.psygate.intake;

import be.psygate.identity.Niss;
import be.psygate.ledger.FileMode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a list was found, from its path relative to the practices' root: {@code <sftp user>/<in|check>/<file name>}.
 * The path is the SFTP server's, with {@code /} between its parts; a backslash is a character of a name like any
 * other, never a separator.
 */
public record Upload(String sftpUser, FileMode mode, String fileName, String relativePath) {

    private static final Pattern PATH = Pattern.compile("([a-z0-9][a-z0-9._-]{0,31})/(in|check)/([^/]{1,255})");

    public static Upload of(String relativePath) {
        Matcher m = PATH.matcher(relativePath);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a practice's drop folder: " + UploadNames.shown(relativePath));
        }
        if (!UploadNames.answerable(m.group(3))) {
            throw new IllegalArgumentException("not a name the gateway takes: " + UploadNames.shown(relativePath));
        }
        return new Upload(m.group(1), FileMode.ofFolder(m.group(2)), m.group(3), relativePath);
    }

    /** Path of an answer to this upload, relative to the practices' root. */
    public String answerPath(String suffix) {
        return sftpUser + "/out/" + fileName + suffix;
    }

    /**
     * A local name for this upload's original, made from its name with every national number masked and every
     * character that a local file system could read as a separator, a control or a hidden file replaced: the
     * name is the practice's, the folder it lands in is the gateway's.
     */
    public String localName() {
        return UploadNames.local(Niss.maskWithin(fileName));
    }
}
