package be.psygate.practice;

import be.psygate.identity.Bce;
import be.psygate.identity.Iban;
import be.psygate.identity.Inami;
import be.psygate.rules.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
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
    private static final Pattern PUBLIC_KEY = Pattern.compile("(ssh-(ed25519|rsa)|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( .*)?");

    private final PracticeRepository practices;
    private final NetworkRepository networks;
    private final PasswordEncoder passwordEncoder;
    private final ObjectProvider<PracticeRegistrationListener> listeners;

    private final String serviceUser;

    public PracticeService(PracticeRepository practices, NetworkRepository networks, PasswordEncoder passwordEncoder,
                           ObjectProvider<PracticeRegistrationListener> listeners,
                           @Value("${psygate.sftp.service-user:psygate}") String serviceUser) {
        this.serviceUser = serviceUser;
        this.practices = practices;
        this.networks = networks;
        this.passwordEncoder = passwordEncoder;
        this.listeners = listeners;
    }

    @Transactional
    public Practice register(PracticeRegistration r) {
        List<String> problems = new ArrayList<>();
        Inami inami = parse(problems, "inami", r.inami(), Inami::parse);
        Bce bce = parse(problems, "bce", r.bce(), Bce::parse);
        Iban iban = parse(problems, "iban", r.iban(), Iban::parse);
        if (r.name() == null || r.name().isBlank() || r.name().length() > 200) {
            problems.add("name: required, at most 200 characters");
        }
        String networkId = r.networkId();
        if (networkId == null || networkId.isBlank()) {
            List<String> all = networks.ids();
            if (all.size() == 1) {
                networkId = all.get(0);
            } else {
                problems.add("networkId: required (the gateway serves " + all.size() + " networks)");
            }
        } else if (networks.find(networkId).isEmpty()) {
            problems.add("networkId: unknown network '" + networkId + "'");
        }
        if (r.agreementStart() == null) {
            problems.add("agreementStart: required (yyyy-MM-dd)");
        } else if (r.agreementEnd() != null && r.agreementEnd().isBefore(r.agreementStart())) {
            problems.add("agreementEnd: before agreementStart");
        }
        if (r.yearlyCapacity() == null || r.yearlyCapacity() < 0) {
            problems.add("yearlyCapacity: required, zero or more sessions per calendar year");
        }
        if (r.sftpUser() == null || !SFTP_USER.matcher(r.sftpUser()).matches()) {
            problems.add("sftpUser: 1 to 32 characters among a-z, 0-9, '.', '_' and '-', starting with a letter or digit");
        } else if (r.sftpUser().equals(serviceUser) || r.sftpUser().startsWith("insurer")) {
            problems.add("sftpUser: reserved for the gateway and the insurers");
        } else {
            practices.findBySftpUser(r.sftpUser())
                    .filter(other -> inami == null || !other.inami().equals(inami))
                    .ifPresent(other -> problems.add("sftpUser: already used by another practice"));
        }
        if (r.sftpPassword() != null && r.sftpPassword().length() < 8) {
            problems.add("sftpPassword: at least 8 characters");
        } else if (r.sftpPassword() != null && r.sftpPassword().getBytes(StandardCharsets.UTF_8).length > 72) {
            // bcrypt reads 72 bytes and ignores the rest
            problems.add("sftpPassword: at most 72 bytes (UTF-8)");
        } else if (r.sftpPassword() != null && (TRIVIAL_PASSWORDS.contains(r.sftpPassword().toLowerCase(Locale.ROOT))
                || r.sftpPassword().equalsIgnoreCase(r.sftpUser()))) {
            problems.add("sftpPassword: too easily guessed");
        }
        List<String> keys = r.sftpPublicKeys() == null ? null : r.sftpPublicKeys().stream().map(String::strip).toList();
        if (keys != null) {
            for (int i = 0; i < keys.size(); i++) {
                if (!PUBLIC_KEY.matcher(keys.get(i)).matches()) {
                    problems.add("sftpPublicKeys[" + i + "]: not an OpenSSH public key line (ssh-ed25519, ecdsa-sha2-nistp256/384/521 or ssh-rsa)");
                }
            }
        }
        Language language = null;
        try {
            language = Language.parse(r.language());
        } catch (RuntimeException e) {
            problems.add("language: fr, nl or en");
        }
        Optional<Practice> existing = inami == null ? Optional.empty() : practices.findByInami(inami.value());
        if (existing.isEmpty() && r.sftpPassword() == null && (keys == null || keys.isEmpty())) {
            problems.add("sftpPassword or sftpPublicKeys: a new practice needs at least one way to log in");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException(problems);
        }
        Practice practice = new Practice(inami, r.name().strip(), bce, iban, networkId, r.agreementStart(),
                r.agreementEnd(), r.yearlyCapacity(), r.sftpUser(), language,
                keys != null ? keys : existing.map(Practice::sftpPublicKeys).orElse(List.of()));
        String hash = r.sftpPassword() == null ? null : passwordEncoder.encode(r.sftpPassword());
        practices.save(practice, hash, keys != null);
        listeners.orderedStream().forEach(l -> l.registered(practice));
        log.info("Practice {} {} (SFTP user {}, network {})", existing.isPresent() ? "updated" : "registered",
                practice.inami().value(), practice.sftpUser(), practice.networkId());
        return practice;
    }

    public Optional<Practice> find(String inami) {
        return practices.findByInami(inami);
    }

    private static <T> T parse(List<String> problems, String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": required");
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            problems.add(field + ": " + e.getMessage());
            return null;
        }
    }
}
