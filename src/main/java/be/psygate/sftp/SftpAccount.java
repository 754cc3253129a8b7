package be.psygate.sftp;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An SFTP login as the embedded server sees it.
 *
 * @param user           the SFTP user name, see {@link SftpUserNames}
 * @param home           the absolute folder the user is confined to; for a practice it lies inside the
 *                       {@code practices} folder of the SFTP root (see {@link SftpHomes#homeOf(String)})
 * @param passwordHash   the BCrypt hash of the password, as produced by Spring Security's
 *                       {@code BCryptPasswordEncoder}; {@code null} when the account has no password
 * @param authorizedKeys OpenSSH public-key lines ({@code ssh-ed25519 AAAA... comment}); may be empty.
 *                       Options in front of a key ({@code from=...}, {@code restrict}) are not enforced.
 */
public record SftpAccount(String user, Path home, String passwordHash, List<String> authorizedKeys) {

    public SftpAccount {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(home, "home");
        if (!home.isAbsolute()) {
            throw new IllegalArgumentException("SFTP home of " + user + " must be absolute: " + home);
        }
        home = home.normalize();
        authorizedKeys = authorizedKeys == null ? List.of() : List.copyOf(authorizedKeys);
    }

    /** Whether the account can log in with a password at all. */
    public boolean hasPassword() {
        return passwordHash != null && !passwordHash.isBlank();
    }

    /** Never shows the password hash. */
    @Override
    public String toString() {
        return "SftpAccount[user=" + user + ", home=" + home + ", password=" + (hasPassword() ? "set" : "none")
                + ", authorizedKeys=" + authorizedKeys.size() + "]";
    }
}
