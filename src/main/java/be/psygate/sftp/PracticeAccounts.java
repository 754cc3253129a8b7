package be.psygate.sftp;

import be.psygate.practice.Practice;
import be.psygate.practice.PracticeRegistrationListener;
import be.psygate.practice.PracticeRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The embedded server's accounts are the registered practices: looked up in the database at every login, so a
 * practice registered or updated through the API can log in at once. A practice's home is prepared as soon as it is
 * registered, so that its folders exist before its first login.
 */
@Component
@ConditionalOnProperty(name = "psygate.sftp.enabled", havingValue = "true", matchIfMissing = true)
public class PracticeAccounts implements SftpAccountDirectory, PracticeRegistrationListener {

    private final PracticeRepository practices;
    private final SftpHomes homes;

    public PracticeAccounts(PracticeRepository practices, SftpHomes homes) {
        this.practices = practices;
        this.homes = homes;
    }

    @Override
    public Optional<SftpAccount> find(String user) {
        if (!SftpUserNames.isValid(user)) {
            return Optional.empty();
        }
        return practices.findBySftpUser(user).map(p -> account(p, practices.passwordHashOf(user).orElse(null)));
    }

    @Override
    public void registered(Practice practice) {
        homes.ensureHome(account(practice, null));
    }

    private SftpAccount account(Practice p, String passwordHash) {
        return new SftpAccount(p.sftpUser(), homes.homeOf(p.sftpUser()), passwordHash, p.sftpPublicKeys());
    }
}
