package be.psygate.http;

import be.psygate.support.TestResources;
import be.psygate.support.OwnGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's HTTP side over TLS, as production sets it (Spring Boot's {@code server.ssl.*}, a PKCS12 keystore,
 * here made by {@code keytool} for {@code localhost}): the API answers over HTTPS and tells browsers to keep to it
 * (HSTS); over plain HTTP ({@link PlainHttpTest}) it sends no HSTS, which would mean nothing there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HttpsTest {

    static final Path DIR = TestResources.newTempDir("psygate-https-");
    static final String STORE_PASSWORD = "keystore-test-password";
    static final Path KEYSTORE = keystore(DIR.resolve("https.p12"));

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) {
        OwnGateway.in(DIR.resolve("data"), "psygate-https", 11).settings(registry);
        registry.add("server.ssl.enabled", () -> true);
        registry.add("server.ssl.key-store", () -> KEYSTORE.toUri().toString());
        registry.add("server.ssl.key-store-password", () -> STORE_PASSWORD);
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
    }

    @LocalServerPort
    int port;

    @Test
    void theApiAnswersOverHttpsAndSendsHsts() throws Exception {
        HttpResponse<String> health = trustingTheTestCertificate().send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        // the status is the gateway's (its components may still be starting): the point is the answer over TLS
        assertThat(health.statusCode()).isIn(200, 503);
        assertThat(health.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
    }

    @Test
    void anUnauthenticatedCallOverHttpsIsRefusedAndStillToldToKeepToHttps() throws Exception {
        HttpResponse<String> practices = trustingTheTestCertificate().send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + port + "/api/practices")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(practices.statusCode()).isEqualTo(401);
        assertThat(practices.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private static HttpClient trustingTheTestCertificate() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(KEYSTORE)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).build();
    }

    /** A self-signed key for localhost, made as an operator would make one: with the JDK's keytool. */
    private static Path keystore(Path file) {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", "psygate", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD, "-noprompt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(DIR.resolve("keytool.log").toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + Files.readString(DIR.resolve("keytool.log")));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
