package be.psygate.sftp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * An SFTP session of SSHD's own client, which sends names exactly as given (no globbing, no escapes, no
 * rewriting of {@code \}), as an attacker's client would. Password login, host key checked against a known_hosts
 * file.
 */
record MinaSftp(SshClient client, ClientSession session, SftpClient sftp) implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    static MinaSftp connect(int port, Path knownHosts, String user, String password) throws IOException {
        SshClient client = client(knownHosts);
        try {
            ClientSession session = client.connect(user, "127.0.0.1", port).verify(TIMEOUT).getSession();
            session.addPasswordIdentity(password);
            session.auth().verify(TIMEOUT);
            return new MinaSftp(client, session, SftpClientFactory.instance().createSftpClient(session));
        } catch (IOException | RuntimeException e) {
            client.stop();
            throw e;
        }
    }

    /** A started client that checks host keys against {@code knownHosts}; the caller stops it. */
    static SshClient client(Path knownHosts) {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, knownHosts));
        client.start();
        return client;
    }

    /** Tries the passwords one after the other on one connection. */
    static ClientSession tryPasswords(SshClient client, int port, String user, List<String> passwords)
            throws IOException {
        ClientSession session = client.connect(user, "127.0.0.1", port).verify(TIMEOUT).getSession();
        session.setPasswordIdentityProvider(sessionContext -> passwords);
        return session;
    }

    /** Creates (or truncates) a file with this content. */
    void write(String path, String content) throws IOException {
        try (SftpClient.CloseableHandle handle = sftp.open(path, SftpClient.OpenMode.Write,
                SftpClient.OpenMode.Create, SftpClient.OpenMode.Truncate)) {
            byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            sftp.write(handle, 0, bytes, 0, bytes.length);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            sftp.close();
            session.close();
        } finally {
            client.stop();
        }
    }
}
