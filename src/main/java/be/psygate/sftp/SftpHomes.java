package be.psygate.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The layout of the SFTP root: the service account's home is the root itself, each practice's home is
 * {@code root/practices/<user>} with the folders {@code in/}, {@code check/} and {@code out/}, and each insurer's
 * home is {@code root/insurers/<insurer id>} with {@code in/} (invoices for it) and {@code out/} (its answers).
 *
 * <p>Every folder made here is {@code 0700}, whatever the process's umask: the homes hold national numbers and
 * only the gateway reads them. A home's folders are set back to it each time the home is prepared.
 *
 * <p>Kept apart from the server so that the account directory and the practice registry can compute homes
 * without depending on the running server.
 */
public class SftpHomes {

    /** The folders of a practice's home, see the public contract. */
    public static final List<String> PRACTICE_FOLDERS = List.of("in", "check", "out");

    private final Path root;
    private final Path practices;
    private final Path insurers;
    private final String serviceUser;

    /**
     * @param root        the SFTP root (made absolute)
     * @param serviceUser the service account's name, which no practice may take
     */
    public SftpHomes(Path root, String serviceUser) {
        this.root = root.toAbsolutePath().normalize();
        this.practices = this.root.resolve("practices");
        this.insurers = this.root.resolve("insurers");
        this.serviceUser = serviceUser;
    }

    /** The SFTP root, the service account's home. */
    public Path root() {
        return root;
    }

    /**
     * @return {@code root/practices/<user>}
     * @throws IllegalArgumentException when the name is not valid or is the service account's
     */
    public Path homeOf(String user) {
        SftpUserNames.requireValid(user);
        if (user.equals(serviceUser)) {
            throw new IllegalArgumentException("The SFTP user name " + user + " is reserved for the gateway");
        }
        return practices.resolve(user);
    }

    /** The home of an insurer's account: {@code root/insurers/<id>}. */
    public Path insurerHomeOf(String insurerId) {
        if (!insurerId.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("not an insurer id: " + insurerId);
        }
        return insurers.resolve(insurerId);
    }

    /** Whether {@code home} is a practice's or an insurer's home: the only homes an account may have. */
    public boolean isAccountHome(Path home) {
        Path normalized = home.toAbsolutePath().normalize();
        return isPracticeHome(home) || normalized.startsWith(insurers) && !normalized.equals(insurers);
    }

    /** Creates an insurer's home with its {@code in/} and {@code out/} folders. */
    public void ensureInsurerHome(String insurerId) {
        try {
            for (String folder : List.of("in", "out")) {
                createPrivate(insurerHomeOf(insurerId).resolve(folder));
            }
            makePrivate(insurerHomeOf(insurerId));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the SFTP home of insurer " + insurerId, e);
        }
    }

    /** Whether {@code home} lies strictly inside {@code root/practices}, where practice homes belong. */
    public boolean isPracticeHome(Path home) {
        Path normalized = home.toAbsolutePath().normalize();
        return normalized.startsWith(practices) && !normalized.equals(practices);
    }

    /**
     * Creates the account's home with {@code in/}, {@code check/} and {@code out/}; does nothing to what
     * already exists.
     *
     * @throws IllegalArgumentException when the home is not inside {@code root/practices}
     * @throws UncheckedIOException     when a folder cannot be created
     */
    public void ensureHome(SftpAccount account) {
        if (!isAccountHome(account.home())) {
            throw new IllegalArgumentException("SFTP home of " + account.user() + " is not inside " + practices
                    + " nor " + insurers + ": " + account.home());
        }
        List<String> folders = isPracticeHome(account.home()) ? PRACTICE_FOLDERS : List.of("in", "out");
        try {
            for (String folder : folders) {
                createPrivate(account.home().resolve(folder));
            }
            makePrivate(account.home());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the SFTP home of " + account.user(), e);
        }
    }

    /**
     * A practice now logs in as {@code to}: its home, with everything in it (lists not yet taken, answers, payment
     * statements), moves from {@code from}'s place to {@code to}'s, so that it stays the practice's and no other
     * account ever finds it under the name it left. Nothing moves when there is no home under {@code from}; a home
     * already under {@code to} is left as it is, and so is the one under {@code from} (nothing is lost or merged).
     *
     * @return whether the home moved
     */
    public boolean moveHome(String from, String to) {
        Path source = homeOf(from);
        Path target = homeOf(to);
        if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS) || Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the SFTP home of " + from + " to " + to, e);
        }
    }

    /** Creates the root and its {@code practices} folder. */
    void ensureRoot() throws IOException {
        createPrivate(practices);
    }

    /** Creates the folder and the missing ones above it, and sets the folder itself to {@code 0700}. */
    private static void createPrivate(Path folder) throws IOException {
        Files.createDirectories(folder,
                PosixFilePermissions.asFileAttribute(HomeRulesFileSystemAccessor.FOLDER_MODE));
        makePrivate(folder);
    }

    private static void makePrivate(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, HomeRulesFileSystemAccessor.FOLDER_MODE);
    }
}
