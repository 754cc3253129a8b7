package be.psygate.sftp;

import be.psygate.identity.SafeText;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded server's practice folders as the gateway writes them itself, on the server's own disk, without an SFTP
 * round trip: an answer is written in a practice's {@code out/} under a temporary name ({@code <name>.part}) and
 * renamed in one atomic step, so that the practice never sees half an answer, exactly as an SFTP client writing
 * through the server would (same modes as the server gives: {@code 0600}, folders {@code 0700}).
 *
 * <p>A name never becomes a path by itself: the practice is found by its validated user name
 * ({@link SftpHomes#homeOf}), the answer's name must be a plain file name (no separator, no {@code .} or {@code ..},
 * no control character), the folders on the way must be real folders (a link is refused, never followed) and the
 * file lands in that very folder or nowhere.
 */
public final class PracticeFolders {

    private final SftpHomes homes;

    public PracticeFolders(SftpHomes homes) {
        this.homes = homes;
    }

    /**
     * Writes {@code content} as {@code <user's home>/out/<name>}, replacing an earlier answer of that name.
     *
     * @param user    the practice's SFTP user name
     * @param name    the answer's file name
     * @param content the answer, a local file of the gateway's
     */
    public void deliver(String user, String name, Path content) {
        requirePlainName(name);
        Path home = homes.homeOf(user);
        requireFolder(home);
        Path out = home.resolve("out");
        try {
            if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(out, PosixFilePermissions.asFileAttribute(HomeRulesFileSystemAccessor.FOLDER_MODE));
                Files.setPosixFilePermissions(out, HomeRulesFileSystemAccessor.FOLDER_MODE);
            }
            requireFolder(out);
            Path target = out.resolve(name);
            Path temp = out.resolve(name + ".part");
            if (!out.equals(target.getParent()) || !out.equals(temp.getParent())) {
                throw new IllegalArgumentException("an answer outside its folder: " + SafeText.of(name));
            }
            // a temporary file left by an earlier attempt (or anything under its name, a link included) goes first
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(HomeRulesFileSystemAccessor.FILE_MODE));
            Files.setPosixFilePermissions(temp, HomeRulesFileSystemAccessor.FILE_MODE);
            try (OutputStream to = Files.newOutputStream(temp, LinkOption.NOFOLLOW_LINKS,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                Files.copy(content, to);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an answer in the out/ folder of " + user, e);
        }
    }

    private static void requireFolder(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalStateException("not a folder of the gateway's: " + folder.getFileName());
        }
    }

    private static void requirePlainName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
                || name.indexOf('\\') >= 0 || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("not a plain file name: " + SafeText.of(name));
        }
    }
}
