package be.psygate.practice;

import be.psygate.identity.Bce;
import be.psygate.identity.Iban;
import be.psygate.identity.Inami;
import be.psygate.rules.Language;
import be.psygate.sftp.SftpProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Registers and updates practices. Every field is checked and every problem reported at once; a registration takes
 * effect at once (the SFTP server looks accounts up at each login).
 */
@Service
public class PracticeService {

    private static final Logger log = LoggerFactory.getLogger(PracticeService.class);
    private static final Pattern SFTP_USER = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");
    /** The first passwords a guesser tries (8 characters or more: shorter ones are refused anyway). */
    private static final Set<String> TRIVIAL_PASSWORDS = Set.of("password", "password1", "password123", "passw0rd",
            "12345678", "123456789", "1234567890", "87654321", "11111111", "00000000", "qwertyuiop", "azertyuiop",
            "qwerty123", "azerty123", "iloveyou", "sunshine", "psygate1", "psygate123", "adminadmin", "admin123",
            "welcome1", "changeme", "letmein1");
    /** The longest public key line stored (the column holds 8000). */
    static final int MAX_KEY_LENGTH = 8000;
    private static final Pattern PUBLIC_KEY = Pattern.compile("(ssh-(ed25519|rsa)|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( .*)?");

    private final PracticeRepository practices;
    private final NetworkRepository networks;
    private final PasswordEncoder passwordEncoder;
    private final ObjectProvider<PracticeRegistrationListener> listeners;

    private final String serviceUser;

    public PracticeService(PracticeRepository practices, NetworkRepository networks, PasswordEncoder passwordEncoder,
                           ObjectProvider<PracticeRegistrationListener> listeners,
                           SftpProperties sftp) {
        this.serviceUser = sftp.serviceUser();
        this.practices = practices;
        this.networks = networks;
        this.passwordEncoder = passwordEncoder;
        this.listeners = listeners;
    }

    @Transactional
    public Practice register(PracticeRegistration r) {
        return registerOrUpdate(r).value();
    }

    /** Like {@link #register}, and says whether the practice is new; joins the caller's transaction if any. */
    @Transactional
    public Registered<Practice> registerOrUpdate(PracticeRegistration r) {
        List<FieldError> problems = new ArrayList<>();
        Inami inami = parse(problems, "inami", r.inami(), Inami::parse);
        Bce bce = parse(problems, "bce", r.bce(), Bce::parse);
        Iban iban = parse(problems, "iban", r.iban(), Iban::parse);
        if (r.name() == null || r.name().isBlank() || r.name().length() > 200) {
            problems.add(new FieldError("name", "required, at most 200 characters"));
        }
        String networkId = r.networkId();
        if (networkId == null || networkId.isBlank()) {
            List<String> all = networks.ids();
            if (all.size() == 1) {
                networkId = all.get(0);
            } else {
                problems.add(new FieldError("networkId",
                        "required (the gateway serves " + all.size() + " networks)"));
            }
        } else if (networks.find(networkId).isEmpty()) {
            problems.add(new FieldError("networkId", "unknown network '" + networkId + "'"));
        }
        if (r.agreementStart() == null) {
            problems.add(new FieldError("agreementStart", "required (yyyy-MM-dd)"));
        } else if (r.agreementEnd() != null && r.agreementEnd().isBefore(r.agreementStart())) {
            problems.add(new FieldError("agreementEnd", "before agreementStart"));
        }
        if (r.yearlyCapacity() == null || r.yearlyCapacity() < 0) {
            problems.add(new FieldError("yearlyCapacity", "required, zero or more sessions per calendar year"));
        }
        if (r.sftpUser() == null || !SFTP_USER.matcher(r.sftpUser()).matches()) {
            problems.add(new FieldError("sftpUser",
                    "1 to 32 characters among a-z, 0-9, '.', '_' and '-', starting with a letter or digit"));
        } else if (r.sftpUser().equals(serviceUser) || r.sftpUser().startsWith("insurer")) {
            problems.add(new FieldError("sftpUser", "reserved for the gateway and the insurers"));
        } else {
            // a name is never given to another practice, even once its holder moved to another name: the home it
            // names holds that practice's answers and statements
            practices.holderOfSftpUser(r.sftpUser())
                    .filter(holder -> inami == null || !holder.equals(inami.value()))
                    .ifPresent(holder -> problems.add(new FieldError("sftpUser", "used by another practice, now or before")));
        }
        if (r.sftpPassword() != null) {
            passwordProblem(r.sftpPassword(), r.sftpUser())
                    .ifPresent(why -> problems.add(new FieldError("sftpPassword", why)));
        }
        List<String> keys = r.sftpPublicKeys() == null ? null : r.sftpPublicKeys().stream().map(String::strip).toList();
        if (keys != null) {
            for (int i = 0; i < keys.size(); i++) {
                int index = i;
                keyProblem(keys.get(i))
                        .ifPresent(why -> problems.add(new FieldError("sftpPublicKeys[" + index + "]", why)));
            }
        }
        Language language = null;
        try {
            language = Language.parse(r.language());
        } catch (RuntimeException e) {
            problems.add(new FieldError("language", "fr, nl or en"));
        }
        Optional<Practice> existing = inami == null ? Optional.empty() : practices.findByInami(inami.value());
        if (existing.isEmpty() && r.sftpPassword() == null && (keys == null || keys.isEmpty())) {
            problems.add(new FieldError("sftpPassword", "a new practice needs a password or public keys to log in"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException(problems);
        }
        Practice practice = new Practice(inami, r.name().strip(), bce, iban, networkId, r.agreementStart(),
                r.agreementEnd(), r.yearlyCapacity(), r.sftpUser(), language,
                keys != null ? keys : existing.map(Practice::sftpPublicKeys).orElse(List.of()));
        String hash = r.sftpPassword() == null ? null : passwordEncoder.encode(r.sftpPassword());
        practices.save(practice, hash, keys != null);
        tellOnceCommitted(practice,
                existing.map(Practice::sftpUser).filter(before -> !before.equals(practice.sftpUser())));
        log.info("Practice {} {} (SFTP user {}, network {})", existing.isPresent() ? "updated" : "registered",
                practice.inami().value(), practice.sftpUser(), practice.networkId());
        return new Registered<>(practice, existing.isEmpty());
    }

    public Optional<Practice> find(String inami) {
        return practices.findByInami(inami);
    }

    /**
     * Replaces a practice's SFTP credentials with {@code access} (rotating keys, changing or removing the password,
     * revoking the access with {@link SftpAccess#none()}). Its data stays: its files, sessions, money and home.
     * The SFTP server reads credentials at each login, so the change holds from the next login on.
     *
     * @return how the practice can log in now; empty when there is no such practice
     */
    @Transactional
    public Optional<SftpAccess.View> replaceSftpAccess(String inami, SftpAccess access) {
        Optional<Practice> found = practices.findByInami(inami);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<FieldError> problems = new ArrayList<>();
        if (access.password() != null) {
            passwordProblem(access.password(), found.get().sftpUser())
                    .ifPresent(why -> problems.add(new FieldError("password", why)));
        }
        List<String> keys = access.publicKeys().stream().map(k -> k == null ? "" : k.strip()).toList();
        for (int i = 0; i < keys.size(); i++) {
            int index = i;
            keyProblem(keys.get(i)).ifPresent(why -> problems.add(new FieldError("publicKeys[" + index + "]", why)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException(problems);
        }
        Practice p = found.get();
        Practice practice = new Practice(p.inami(), p.name(), p.bce(), p.iban(), p.networkId(), p.agreementStart(),
                p.agreementEnd(), p.yearlyCapacity(), p.sftpUser(), p.language(), keys);
        practices.replaceSftpAccess(practice.inami().value(),
                access.password() == null ? null : passwordEncoder.encode(access.password()), keys);
        tellOnceCommitted(practice, Optional.empty());
        boolean password = access.password() != null;
        log.info("SFTP access of practice {} (user {}) replaced: password {}, {} public keys{}",
                practice.inami().value(), practice.sftpUser(), password ? "set" : "none", keys.size(),
                password || !keys.isEmpty() ? "" : ": it can no longer log in");
        return Optional.of(new SftpAccess.View(practice.inami().value(), practice.sftpUser(), password, keys,
                password || !keys.isEmpty()));
    }

    /**
     * Ends a practice's agreement on {@code end} (its last day): sessions after it are refused
     * ({@code AGREEMENT_NOT_VALID}); nothing else of the practice changes.
     *
     * @return the practice as it is now; empty when there is no such practice
     */
    @Transactional
    public Optional<Practice> endAgreement(String inami, LocalDate end) {
        Optional<Practice> found = practices.findByInami(inami);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Practice p = found.get();
        if (end == null) {
            throw new InvalidRegistrationException(List.of(new FieldError("agreementEnd", "required (yyyy-MM-dd)")));
        }
        if (end.isBefore(p.agreementStart())) {
            throw new InvalidRegistrationException(List.of(new FieldError("agreementEnd", "before agreementStart")));
        }
        Practice ended = new Practice(p.inami(), p.name(), p.bce(), p.iban(), p.networkId(), p.agreementStart(), end,
                p.yearlyCapacity(), p.sftpUser(), p.language(), p.sftpPublicKeys());
        practices.save(ended, null, false);
        tellOnceCommitted(ended, Optional.empty());
        log.info("Agreement of practice {} ends on {}", p.inami().value(), end);
        return Optional.of(ended);
    }

    /** Once committed: a registration rolled back (a set refused as a whole) leaves no home behind. */
    /** @param previousSftpUser the name the practice logged in with before this change, when it changed */
    private void tellOnceCommitted(Practice practice, Optional<String> previousSftpUser) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                previousSftpUser.ifPresent(before -> listeners.orderedStream().forEach(l -> l.renamed(practice, before)));
                listeners.orderedStream().forEach(l -> l.registered(practice));
            }
        });
    }

    /** Why a practice's SFTP password is refused: too short, longer than bcrypt reads, or too easily guessed. */
    static Optional<String> passwordProblem(String password, String sftpUser) {
        if (password.length() < 8) {
            return Optional.of("at least 8 characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            // bcrypt reads 72 bytes and ignores the rest
            return Optional.of("at most 72 bytes (UTF-8)");
        }
        if (TRIVIAL_PASSWORDS.contains(password.toLowerCase(Locale.ROOT)) || password.equalsIgnoreCase(sftpUser)) {
            return Optional.of("too easily guessed");
        }
        return Optional.empty();
    }

    /** Why a public key line is refused: longer than a key is (and than its column), or not an OpenSSH key line. */
    static Optional<String> keyProblem(String key) {
        if (key.length() > MAX_KEY_LENGTH) {
            return Optional.of("at most " + MAX_KEY_LENGTH + " characters (an RSA key of 16384 bits takes about 2,800)");
        }
        if (!PUBLIC_KEY.matcher(key).matches()) {
            return Optional.of("not an OpenSSH public key line (ssh-ed25519, ecdsa-sha2-nistp256/384/521 or ssh-rsa)");
        }
        return Optional.empty();
    }

    private static <T> T parse(List<FieldError> problems, String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldError(field, "required"));
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            problems.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }
}
