package be.psygate.intake;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Keeps the intake's poll to the folders uploads are taken from, and leaves alone an upload whose name cannot be
 * answered ({@link UploadNames#answerable}): one too long (a file system holds names of 255 bytes at most, and the
 * gateway makes longer ones from an upload's name: {@code <name>.error.txt.part} while the answer is written,
 * {@code <name>.<yyyyMMdd-HHmmssSSS>} in the archive), or holding a backslash or a control character, which an
 * SFTP client or server may read as a separator or a command. The embedded SFTP server refuses such names at upload;
 * an external one may not, and then such a name is never taken, like a temporary one, instead of failing halfway;
 * the operators are told once per upload.
 */
final class IntakeNameFilter implements GenericFileFilter<Object> {

    /** The longest name taken, in bytes of UTF-8 (200 characters without accents). */
    static final int MAX_NAME_BYTES = UploadNames.MAX_NAME_BYTES;

    private static final Logger log = LoggerFactory.getLogger(IntakeNameFilter.class);
    private static final int MAX_REMEMBERED = 10_000;

    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final Predicate<String> homeMayHoldUploads;

    /** Walks every practice's home. */
    IntakeNameFilter() {
        this(user -> true);
    }

    /**
     * @param homeMayHoldUploads whether a practice's home (by its user name) may hold an upload: when the server
     *                           says no, the poll does not list its folders (the embedded server knows)
     */
    IntakeNameFilter(Predicate<String> homeMayHoldUploads) {
        this.homeMayHoldUploads = homeMayHoldUploads;
    }

    @Override
    public boolean accept(GenericFile<Object> file) {
        if (file.isDirectory()) {
            String dir = file.getRelativeFilePath();
            return walked(dir) && (dir.indexOf('/') >= 0 || homeMayHoldUploads.test(dir));
        }
        // the name after the server's last '/': Camel's "name only" also cuts at a backslash, which is a character
        // of a name on an SFTP server
        String path = file.getRelativeFilePath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (UploadNames.answerable(name)) {
            return true;
        }
        if (reported.size() > MAX_REMEMBERED) {
            reported.clear();
        }
        if (reported.add(file.getRelativeFilePath())) {
            if (!fits(name)) {
                log.warn("An upload's name is longer than {} bytes: it is not taken ({} bytes, in {})", MAX_NAME_BYTES,
                        name.getBytes(StandardCharsets.UTF_8).length, UploadNames.shown(file.getParent()));
            } else {
                log.warn("An upload's name holds a backslash or a control character: it is not taken ({}, in {})",
                        UploadNames.shown(name), UploadNames.shown(file.getParent()));
            }
        }
        return false;
    }

    /**
     * The folders a poll lists: the practices' homes and their {@code in/} and {@code check/}, never {@code out/}
     * (every answer ever written) or anything else, so that a poll costs three listings a practice, not more.
     */
    static boolean walked(String relativeDirectory) {
        String[] parts = relativeDirectory.split("/");
        return parts.length == 1 || parts.length == 2 && (parts[1].equals("in") || parts[1].equals("check"));
    }

    static boolean fits(String fileName) {
        return UploadNames.fits(fileName);
    }
}
