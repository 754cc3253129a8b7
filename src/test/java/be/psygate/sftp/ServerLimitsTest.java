package be.psygate.sftp;

import static be.psygate.sftp.TestSftpServer.SERVICE_PASSWORD;
import static be.psygate.sftp.TestSftpServer.SERVICE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.common.SftpException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;

import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;

/**
 * What one client may take of the real server: handles, connections, sessions, password guesses, and which
 * algorithms it is offered. Small limits, so that each can be reached quickly; one server for the whole class.
 */
class ServerLimitsTest {

    private static final String PASSWORD = "practice-pw";
    private static final int MAX_HANDLES = 8;
    private static final int MAX_SESSIONS_PER_USER = 2;
    private static final int MAX_PER_ADDRESS = 6;
    private static final int MAX_UNAUTHENTICATED = 4;

    @RegisterExtension
    static final TestSftpServer server = TestSftpServer.forTheClass(new SftpLimits(200, MAX_SESSIONS_PER_USER,
            MAX_PER_ADDRESS, MAX_UNAUTHENTICATED, MAX_HANDLES, 6, Duration.ofSeconds(5), Duration.ofMillis(10),
            Duration.ofMillis(40), Duration.ofMinutes(1), DataSize.ofBytes(0), Duration.ofHours(2)));

    @Test
    void aFloodOfHandlesIsCappedPerSession() throws Exception {
        String user = practice("handles");
        try (MinaSftp sftp = MinaSftp.connect(server.port(), server.knownHosts(), user, PASSWORD)) {
            sftp.write("in/list.csv", "list");
            List<SftpClient.CloseableHandle> handles = new ArrayList<>();
            for (int i = 0; i < MAX_HANDLES; i++) {
                handles.add(sftp.sftp().open("in/list.csv", SftpClient.OpenMode.Read));
            }

            assertThatThrownBy(() -> sftp.sftp().open("in/list.csv", SftpClient.OpenMode.Read))
                    .isInstanceOf(SftpException.class);
            assertThatThrownBy(() -> sftp.sftp().openDir("in")).isInstanceOf(SftpException.class);

            for (SftpClient.CloseableHandle handle : handles) {
                handle.close();
            }
            sftp.write("in/after.csv", "the session goes on once handles are closed");
        }
    }

    @Test
    void aPracticeHoldsAFewSessionsAtOnceAndTheServiceAccountAsManyAsItNeeds() throws Exception {
        String user = practice("sessions");
        List<MinaSftp> open = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_SESSIONS_PER_USER; i++) {
                open.add(MinaSftp.connect(server.port(), server.knownHosts(), user, PASSWORD));
            }
            assertThatThrownBy(() -> MinaSftp.connect(server.port(), server.knownHosts(), user, PASSWORD).close())
                    .isInstanceOf(IOException.class);
            for (MinaSftp sftp : open) {
                sftp.close();
            }
            open.clear();
            for (int i = 0; i < MAX_SESSIONS_PER_USER + 2; i++) {
                open.add(MinaSftp.connect(server.port(), server.knownHosts(), SERVICE_USER, SERVICE_PASSWORD));
            }
            assertThat(open).hasSize(MAX_SESSIONS_PER_USER + 2);
        } finally {
            for (MinaSftp sftp : open) {
                sftp.close();
            }
        }
    }

    @Test
    void connectionsThatNeverLogInAreCappedAndTheRestAreCutByTheAuthTimeout() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_UNAUTHENTICATED; i++) {
                idle.add(connectAndReadBanner());
            }
            try (Socket refused = new Socket()) {
                refused.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                refused.setSoTimeout(5_000);
                assertThat(drain(refused.getInputStream())).as("closed at once").isEqualTo(-1);
            }
            // each is cut by the server once the auth timeout (5 s) is over: the read ends, well before its own
            // timeout
            for (Socket socket : idle) {
                socket.setSoTimeout(20_000);
                assertThat(drain(socket.getInputStream())).isEqualTo(-1);
            }
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
        try (MinaSftp sftp = MinaSftp.connect(server.port(), server.knownHosts(), practice("after-flood"), PASSWORD)) {
            assertThat(sftp.session().isAuthenticated()).isTrue();
        }
    }

    @Test
    void oneAddressHoldsAFewConnectionsAtMost() throws Exception {
        String user = practice("address");
        List<MinaSftp> open = new ArrayList<>();
        try {
            open.add(MinaSftp.connect(server.port(), server.knownHosts(), user, PASSWORD));
            open.add(MinaSftp.connect(server.port(), server.knownHosts(), practice("address2"), PASSWORD));
            List<Socket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < MAX_PER_ADDRESS - 2; i++) {
                    sockets.add(connectAndReadBanner());
                }
                try (Socket refused = new Socket()) {
                    refused.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                    refused.setSoTimeout(5_000);
                    assertThat(drain(refused.getInputStream())).as("closed at once").isEqualTo(-1);
                }
            } finally {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        } finally {
            for (MinaSftp sftp : open) {
                sftp.close();
            }
        }
    }

    @Test
    void theSeventhPasswordOnOneConnectionIsNeverTried() throws Exception {
        String user = practice("guessed");
        SshClient client = MinaSftp.client(server.knownHosts());
        try {
            List<String> sixWrongThenRight = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f"));
            sixWrongThenRight.add(PASSWORD);
            List<String> fiveWrongThenRight = new ArrayList<>(List.of("a", "b", "c", "d", "e"));
            fiveWrongThenRight.add(PASSWORD);

            try (ClientSession cut = MinaSftp.tryPasswords(client, server.port(), user, sixWrongThenRight)) {
                assertThatThrownBy(() -> cut.auth().verify(MinaSftp.TIMEOUT)).isInstanceOf(Exception.class);
                await().atMost(Duration.ofSeconds(10)).until(cut::isClosed);
            }
            try (ClientSession patient = MinaSftp.tryPasswords(client, server.port(), user, fiveWrongThenRight)) {
                patient.auth().verify(MinaSftp.TIMEOUT);
                assertThat(patient.isAuthenticated()).isTrue();
            }
        } finally {
            client.stop();
        }
    }

    @Test
    void noSha1MacIsOffered() throws Exception {
        for (String mac : List.of("hmac-sha1", "hmac-sha1-etm@openssh.com", "hmac-sha1-96")) {
            Session session = offering(practice("mac"), "mac", mac);
            assertThatThrownBy(() -> session.connect(10_000)).as(mac).isInstanceOf(JSchException.class)
                    .hasMessageContaining("Algorithm negotiation fail");
        }
        Session strong = offering(practice("mac-strong"), "mac", "hmac-sha2-256-etm@openssh.com,hmac-sha2-256");
        strong.setConfig("PreferredAuthentications", "password");
        strong.connect(10_000);
        strong.disconnect();
    }

    @Test
    void compressionIsNeverOfferedBeforeLogin() throws Exception {
        Session early = offering(practice("zlib"), "compression", "zlib");
        assertThatThrownBy(() -> early.connect(10_000)).isInstanceOf(JSchException.class)
                .hasMessageContaining("Algorithm negotiation fail");

        Session delayed = offering(practice("zlib-delayed"), "compression", "zlib@openssh.com");
        delayed.setConfig("PreferredAuthentications", "password");
        delayed.connect(10_000);
        delayed.disconnect();
    }

    /** A password session of {@code user} that offers only {@code algorithms} for {@code kind} (mac, compression) both ways. */
    private static Session offering(String user, String kind, String algorithms) throws JSchException {
        Session session = JschSftp.session(server.port(), server.knownHosts(), user);
        session.setPassword(PASSWORD);
        session.setConfig(kind + ".c2s", algorithms);
        session.setConfig(kind + ".s2c", algorithms);
        return session;
    }

    private static Socket connectAndReadBanner() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        socket.setSoTimeout(5_000);
        StringBuilder banner = new StringBuilder();
        InputStream in = socket.getInputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            banner.append((char) c);
        }
        assertThat(banner.toString()).startsWith("SSH-2.0-");
        return socket;
    }

    /** Reads what the server sends until it closes the connection; -1 once closed. */
    private static int drain(InputStream in) throws IOException {
        byte[] buffer = new byte[4096];
        int n;
        do {
            n = in.read(buffer);
        } while (n > 0);
        return n;
    }

    private static String practice(String name) {
        server.addPractice(name, PASSWORD, List.of());
        return name;
    }
}
