package be.psygate.sftp;

import be.psygate.practice.Practice;
import be.psygate.practice.PracticeRegistrationListener;
import be.psygate.practice.PracticeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded server's accounts: the registered practices, looked up in the database at every login, so a practice
 * registered or updated through the API can log in at once (its home is prepared as soon as it is registered); and
 * the insurers' logins of the configuration ({@link InsurerAccountsProperties}), whose homes are prepared at start.
 */
@Component
@ConditionalOnProperty(name = "psygate.sftp.enabled", havingValue = "true", matchIfMissing = true)
public class PracticeAccounts implements SftpAccountDirectory, PracticeRegistrationListener {

    private static final Logger log = LoggerFactory.getLogger(PracticeAccounts.class);

    private final PracticeRepository practices;
    private final SftpHomes homes;
    private final Map<String, SftpAccount> insurers = new HashMap<>();

    public PracticeAccounts(PracticeRepository practices, SftpHomes homes, InsurerAccountsProperties insurerAccounts,
                            PasswordEncoder encoder) {
        this.practices = practices;
        this.homes = homes;
        for (InsurerAccountsProperties.InsurerAccount a : insurerAccounts.insurerAccounts()) {
            SftpUserNames.requireValid(a.user());
            homes.ensureInsurerHome(a.insurerId());
            insurers.put(a.user(), new SftpAccount(a.user(), homes.insurerHomeOf(a.insurerId()),
                    a.password() == null || a.password().isBlank() ? null : encoder.encode(a.password()),
                    a.publicKeys()));
        }
    }

    @Override
    public Optional<SftpAccount> find(String user) {
        if (!SftpUserNames.isValid(user)) {
            return Optional.empty();
        }
        SftpAccount insurer = insurers.get(user);
        if (insurer != null) {
            return Optional.of(insurer);
        }
        return practices.findBySftpUser(user).map(p -> account(p, practices.passwordHashOf(user).orElse(null)));
    }

    /** The practice's home follows it to its new name: its answers and statements stay its own. */
    @Override
    public void renamed(Practice practice, String previousSftpUser) {
        if (homes.moveHome(previousSftpUser, practice.sftpUser())) {
            log.info("The SFTP home of practice {} moved from {} to {}", practice.inami().value(), previousSftpUser,
                    practice.sftpUser());
        } else {
            log.warn("The SFTP home of practice {} did not move from {} to {}: none under the old name, or one "
                    + "under the new name already", practice.inami().value(), previousSftpUser, practice.sftpUser());
        }
    }

    @Override
    public void registered(Practice practice) {
        homes.ensureHome(account(practice, null));
    }

    private SftpAccount account(Practice p, String passwordHash) {
        return new SftpAccount(p.sftpUser(), homes.homeOf(p.sftpUser()), passwordHash, p.sftpPublicKeys());
    }
}
