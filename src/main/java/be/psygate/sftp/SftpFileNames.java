package be.psygate.sftp;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The rule for the names a practice or an insurer gives to what it creates on the server: a name is a name, never a
 * path or a terminal command in disguise.
 *
 * <ul>
 * <li>No {@code \}: a client on another system reads it as a separator, and a name like {@code ..\..\x} would then
 * lead out of the folder it was written to.</li>
 * <li>No control character (U+0000 to U+001F, U+007F to U+009F): a line break forges lines in logs and listings,
 * an escape sequence rewrites the terminal of whoever lists the folder.</li>
 * <li>At most {@code maxBytes} bytes of UTF-8: the gateway adds suffixes to an upload's name for its answers and
 * its archive, and a file system holds 255.</li>
 * <li>Not starting with {@code .}: the intake never takes such a name and never answers it, so a list under such a
 * name would wait for ever unseen. Temporary names of honest clients keep working: OpenSSH, WinSCP
 * ({@code .filepart}), rclone ({@code .partial}) and the gateway itself ({@code .part}) add a suffix, which the
 * intake skips until the file is renamed. lftp's optional {@code xfer:use-temp-file} puts a {@code .in.} prefix
 * and is refused: set {@code xfer:temp-file-name} to {@code *.part} with it.</li>
 * </ul>
 */
final class SftpFileNames {

    private SftpFileNames() {
    }

    /**
     * @return why {@code name} may not be created, or empty when it may; the reason is meant for the client and
     *         does not repeat the name
     */
    static Optional<String> problem(String name, int maxBytes) {
        if (name.isEmpty()) {
            return Optional.of("an empty name is not a file name");
        }
        if (name.indexOf('\\') >= 0) {
            return Optional.of("a file name may not hold a backslash");
        }
        if (name.chars().anyMatch(SftpFileNames::isControl)) {
            return Optional.of("a file name may not hold a control character");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            return Optional.of("a file name may not be longer than " + maxBytes + " bytes (this one has " + bytes
                    + ")");
        }
        if (name.startsWith(".")) {
            return Optional.of("a file name may not start with '.' (such files are never processed)");
        }
        return Optional.empty();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }
}
