package be.psygate.practice;

import java.util.List;

/**
 * A practice's SFTP credentials as an administrator sets them ({@code POST /api/practices/{inami}/sftp-access}):
 * they replace the stored ones entirely, so that a key left out is a key revoked. {@code password} null: no
 * password login; {@code publicKeys} null or empty: no key login; both: no login at all.
 */
public record SftpAccess(String password, List<String> publicKeys) {

    public SftpAccess {
        publicKeys = publicKeys == null ? List.of() : publicKeys;
    }

    /** No way to log in. */
    public static SftpAccess none() {
        return new SftpAccess(null, List.of());
    }

    /**
     * How a practice can log in now, as the API shows it (never the password).
     *
     * @param passwordLogin whether a password is set
     * @param canLogIn      whether any way to log in is left
     */
    public record View(String inami, String sftpUser, boolean passwordLogin, List<String> publicKeys,
                       boolean canLogIn) {
    }
}
