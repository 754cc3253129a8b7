package be.psygate.sftp;

import java.util.Optional;

/**
 * Where the embedded SFTP server finds its accounts. It is asked on every login, so an account added or
 * changed at runtime takes effect at the next login, without a restart.
 *
 * <p>The gateway's own service account ({@link SftpProperties#serviceUser()}) is not looked up here.
 */
@FunctionalInterface
public interface SftpAccountDirectory {

    /**
     * @param user a user name that already passed {@link SftpUserNames#isValid(String)}
     * @return the account, or empty when there is no such user (or it is disabled)
     */
    Optional<SftpAccount> find(String user);
}
