package be.psygate.security;

import be.psygate.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing over HTTP basic (issue "Security"): after {@code psygate.http.login.max-failures-per-address}
 * wrong passwords from one address, that address is refused at once (429) even with the right password, without the
 * password being checked; the real user from another address logs in as fast as ever.
 */
class LoginThrottlingTest extends GatewayTest {

    /** The guessing client: an address of its own on the loopback network, used by no other test. */
    private static final String GUESSER = "127.0.0.77";
    private static final int MAX_FAILURES = 10;

    @LocalServerPort
    int port;

    @Test
    void aGuessingAddressIsLockedOutAndTheRealUserElsewhereIsNotSlowed() throws IOException {
        for (int i = 1; i < MAX_FAILURES; i++) {
            assertThat(statusFrom(GUESSER, "admin", "guess-" + i)).isEqualTo(401);
        }
        // the last failure allowed locks the address
        assertThat(statusFrom(GUESSER, "admin", "guess-last")).isEqualTo(401);
        for (int i = 0; i < 20; i++) {
            assertThat(statusFrom(GUESSER, "admin", "guess-more-" + i)).isEqualTo(429);
        }
        // even the right password: the guesser learns nothing more
        assertThat(statusFrom(GUESSER, "admin", "admin")).isEqualTo(429);

        long start = System.nanoTime();
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/api/audit?limit=1", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        // another address guessing another name is counted on its own
        assertThat(statusFrom("127.0.0.78", "ops", "wrong")).isEqualTo(401);
        assertThat(statusFrom("127.0.0.78", "ops", "ops")).isEqualTo(200);
    }

    /** One request sent from {@code source}, answered status. */
    private int statusFrom(String source, String user, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/audit?limit=1 HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic "
                    + credentials + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
