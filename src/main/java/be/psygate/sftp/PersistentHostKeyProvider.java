package be.psygate.sftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * The server's host key, kept in one file: generated as an EC P-256 key ({@code ecdsa-sha2-nistp256}, which
 * OpenSSH and JSch both accept) when the file does not exist, and read back from it afterwards.
 *
 * <p>Unlike its parent, it never replaces a key file that is there: a key of another type (an operator's RSA or
 * ed25519 key) is used as it is, and an unreadable file makes the provider return no key (so the server does
 * not start) instead of silently handing out a new identity.
 */
final class PersistentHostKeyProvider extends SimpleGeneratorHostKeyProvider {

    private final boolean existedBefore;

    PersistentHostKeyProvider(Path file) {
        super(file);
        this.existedBefore = Files.exists(file);
        setAlgorithm(KeyUtils.EC_ALGORITHM);
        setKeySize(256);
        setOverwriteAllowed(false);
    }

    @Override
    protected Iterable<KeyPair> loadFromFile(SessionContext session, String algorithm, Path file)
            throws IOException, GeneralSecurityException {
        return Files.isRegularFile(file) ? readKeyPairs(session, file) : null;
    }

    @Override
    protected KeyPair generateKeyPair(String algorithm) throws GeneralSecurityException {
        if (existedBefore) {
            throw new GeneralSecurityException("The host key file " + getPath()
                    + " exists but cannot be read; refusing to replace it");
        }
        return super.generateKeyPair(algorithm);
    }
}
