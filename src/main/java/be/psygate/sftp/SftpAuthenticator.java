package be.psygate.sftp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
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
 * {@link SftpLoginListener}). Passwords are never logged.
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
    private final byte[] serviceDigest;

    SftpAuthenticator(SftpAccountDirectory directory, SftpHomes homes, SftpProperties properties) {
        this.directory = directory;
        this.homes = homes;
        this.properties = properties;
        this.serviceDigest = properties.serviceAccountEnabled() ? sha256(properties.servicePassword()) : null;
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session) {
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
        if (serviceDigest == null) {
            return refuse(user, PASSWORD, session, "the service account is disabled");
        }
        boolean matches = MessageDigest.isEqual(serviceDigest, sha256(password));
        if (properties.serviceLoopbackOnly() && !SftpSessions.fromLoopback(session)) {
            return refuse(user, PASSWORD, session, "the service account only logs in from this machine");
        }
        if (!matches) {
            return refuse(user, PASSWORD, session, "wrong password");
        }
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
                    user, method, SftpSessions.remote(session), e);
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
                SftpUserNames.printable(user), method, SftpSessions.remote(session), reason);
        return false;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
