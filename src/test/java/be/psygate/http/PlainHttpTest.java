package be.psygate.http;

import be.psygate.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's plain HTTP: no HSTS, a header that only means something on an HTTPS answer ({@link HttpsTest}). */
class PlainHttpTest extends GatewayTest {

    @Test
    void aPlainHttpAnswerCarriesNoHsts() {
        ResponseEntity<String> practices = rest.getForEntity("/api/practices", String.class);

        assertThat(practices.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(practices.getHeaders().containsKey("Strict-Transport-Security")).isFalse();
        // the other security headers are there: Spring Security answered, HSTS left out on purpose
        assertThat(practices.getHeaders().containsKey("X-Content-Type-Options")).isTrue();
    }
}
