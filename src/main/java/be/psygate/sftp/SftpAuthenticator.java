package be.psygate.sftp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Checks passwords and public keys against the account directory, looked up at every attempt, and against the
 * configured service account. An accepted attempt records the account on the session; refusals are logged at
 * WARN (the successful login itself is logged once the session is authenticated, see
 * {@link SftpLoginListener}). Passwords are never logged; refused user names are logged with their digits
 * masked, since a user name typed by mistake may be a national number.
 *
 * <p>Every password check costs one BCrypt comparison at the same cost, whoever the user: a known practice, the
 * service account (whose configured password is hashed at start) or nobody (a decoy hash), so that the time of a
 * refusal does not tell which users exist. A password attempt from an address with recent refusals is answered
 * only after the delay {@link LoginFailures} sets, without holding a thread of the server meanwhile (SSHD's
 * {@link AsyncAuthException}).
 */
final class SftpAuthenticator implements PasswordAuthenticator, PublickeyAuthenticator {

    private static final Logger log = LoggerFactory.getLogger(SftpAuthenticator.class);
    private static final String PASSWORD = "password";
    private static final String PUBLICKEY = "publickey";

    private final SftpAccountDirectory directory;
    private final SftpHomes homes;
    private final SftpProperties properties;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    /** Checked against when the user is unknown, so that a refusal takes as long either way. */
    private final String decoyHash = bcrypt.encode("no such user");
    private final String serviceHash;
    private final LoginFailures failures;
    private final ScheduledExecutorService delayed;

    /**
     * @param failures the refusals per address, which set the delay before each answer
     * @param delayed  where delayed answers are computed
     */
    SftpAuthenticator(SftpAccountDirectory directory, SftpHomes homes, SftpProperties properties,
            LoginFailures failures, ScheduledExecutorService delayed) {
        this.directory = directory;
        this.homes = homes;
        this.properties = properties;
        this.failures = failures;
        this.delayed = delayed;
        this.serviceHash = properties.serviceAccountEnabled()
                ? bcrypt.encode(digest(properties.servicePassword())) : null;
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session) {
        String address = SftpSessions.address(session);
        Duration delay = failures.delayBefore(address);
        if (delay.isZero()) {
            return counted(address, user, checkPassword(user, password, session));
        }
        AsyncAuthException answer = new AsyncAuthException();
        delayed.schedule(() -> {
            boolean accepted = false;
            try {
                accepted = counted(address, user, checkPassword(user, password, session));
            } catch (RuntimeException e) {
                log.warn("SFTP login refused: remote={}: the check failed", SftpSessions.remote(session), e);
            } finally {
                answer.setAuthed(accepted);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
        throw answer;
    }

    private boolean counted(String address, String user, boolean accepted) {
        if (accepted) {
            failures.succeeded(address);
        } else {
            failures.failed(address, user);
        }
        return accepted;
    }

    private boolean checkPassword(String user, String password, ServerSession session) {
        if (isServiceUser(user)) {
            return authenticateService(user, password, session);
        }
        Optional<SftpAccount> found = lookUp(user, PASSWORD, session);
        if (found.isEmpty()) {
            matchesHash(password, decoyHash);
            return false;
        }
        SftpAccount account = found.get();
        if (!account.hasPassword()) {
            matchesHash(password, decoyHash);
            return refuse(user, PASSWORD, session, "the account has no password");
        }
        if (!matchesHash(password, account.passwordHash())) {
            return refuse(user, PASSWORD, session, "wrong password");
        }
        return accept(account, PASSWORD, session);
    }

    @Override
    public boolean authenticate(String user, PublicKey key, ServerSession session) {
        if (isServiceUser(user)) {
            return refuse(user, PUBLICKEY, session, "the service account logs in with its password");
        }
        Optional<SftpAccount> found = lookUp(user, PUBLICKEY, session);
        if (found.isEmpty()) {
            return false;
        }
        SftpAccount account = found.get();
        if (!isAuthorized(account, key, session)) {
            return refuse(user, PUBLICKEY, session, "key " + KeyUtils.getFingerPrint(key) + " not authorized");
        }
        return accept(account, PUBLICKEY, session);
    }

    private boolean authenticateService(String user, String password, ServerSession session) {
        if (serviceHash == null) {
            matchesHash(password, decoyHash);
            return refuse(user, PASSWORD, session, "the service account is disabled");
        }
        boolean matches = matchesHash(digest(password), serviceHash);
        if (properties.serviceLoopbackOnly() && !SftpSessions.fromLoopback(session)) {
            return refuse(user, PASSWORD, session, "the service account only logs in from this machine");
        }
        if (!matches) {
            return refuse(user, PASSWORD, session, "wrong password");
        }
        // the gateway's routes each hold a session: the per-user cap is for practices and insurers
        CoreModuleProperties.MAX_CONCURRENT_SESSIONS.set(session, Integer.MAX_VALUE);
        return accept(new SftpAccount(user, homes.root(), null, List.of()), PASSWORD, session);
    }

    private Optional<SftpAccount> lookUp(String user, String method, ServerSession session) {
        if (!SftpUserNames.isValid(user)) {
            refuse(user, method, session, "invalid user name");
            return Optional.empty();
        }
        Optional<SftpAccount> account;
        try {
            account = directory.find(user);
        } catch (RuntimeException e) {
            log.warn("SFTP login refused: user={} method={} remote={}: the account directory failed",
                    LoginFailures.masked(user), method, SftpSessions.remote(session), e);
            return Optional.empty();
        }
        if (account.isEmpty()) {
            refuse(user, method, session, "unknown user");
        } else if (!homes.isAccountHome(account.get().home())) {
            refuse(user, method, session, "home " + account.get().home() + " is outside the practices and insurers folders");
            return Optional.empty();
        }
        return account;
    }

    private boolean isAuthorized(SftpAccount account, PublicKey offered, ServerSession session) {
        List<String> lines = account.authorizedKeys();
        for (int i = 0; i < lines.size(); i++) {
            PublicKey authorized = parse(account.user(), i + 1, lines.get(i), session);
            if (authorized != null && KeyUtils.compareKeys(authorized, offered)) {
                return true;
            }
        }
        return false;
    }

    private static PublicKey parse(String user, int number, String line, ServerSession session) {
        try {
            AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
            if (entry == null) {
                return null;
            }
            PublicKey key = entry.resolvePublicKey(session, PublicKeyEntryResolver.IGNORING);
            if (key == null) {
                log.warn("Authorized key #{} of SFTP user {} has an unsupported type: {}",
                        number, user, entry.getKeyType());
            }
            return key;
        } catch (Exception e) {
            log.warn("Authorized key #{} of SFTP user {} cannot be read: {}", number, user, e.toString());
            return null;
        }
    }

    private boolean matchesHash(String password, String hash) {
        try {
            return bcrypt.matches(password, hash);
        } catch (IllegalArgumentException e) {
            // BCrypt refuses passwords longer than 72 bytes
            return false;
        }
    }

    /**
     * The service password as BCrypt takes it: BCrypt reads 72 bytes at most, and a generated secret may be longer,
     * so the service password is digested first (SHA-256, Base64: 44 bytes).
     */
    private static String digest(String password) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private boolean isServiceUser(String user) {
        return properties.serviceUser().equals(user);
    }

    private static boolean accept(SftpAccount account, String method, ServerSession session) {
        session.setAttribute(SftpSessions.ACCOUNT, account);
        session.setAttribute(SftpSessions.METHOD, method);
        return true;
    }

    private static boolean refuse(String user, String method, ServerSession session, String reason) {
        log.warn("SFTP login refused: user={} method={} remote={}: {}",
                LoginFailures.masked(user), method, SftpSessions.remote(session), reason);
        return false;
    }
}
