package be.psygate.security;

import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a mistake answers (issue "Security", low findings): the error itself to any authenticated user, not a 403
 * for want of the admin role; a password bcrypt would cut, or one guessed first, is refused as a 400 naming the field.
 */
class HttpErrorAnswersTest extends GatewayTest {

    @Test
    void anOpsUsersMistakeAnswersItsOwnStatus() {
        assertThat(rest.withBasicAuth("ops", "ops").getForEntity("/api/no-such-thing", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("ops", "ops").getForEntity("/error", String.class).getStatusCode())
                .isNotEqualTo(HttpStatus.FORBIDDEN).isNotEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/error", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aPasswordLongerThanBcryptReadsOrTooEasilyGuessedIsABadRequest() {
        ResponseEntity<String> tooLong = register("longpw", "x".repeat(100));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody()).contains("{\"field\":\"sftpPassword\",\"message\":\"at most 72 bytes");
        // 37 characters of two bytes each: 74 bytes
        assertThat(register("longpw", "é".repeat(37)).getBody()).contains("{\"field\":\"sftpPassword\",\"message\":\"at most 72 bytes");

        for (String trivial : new String[] {"password", "Password", "12345678", "trivialpw"}) {
            ResponseEntity<String> answer = register("trivialpw", trivial);
            assertThat(answer.getStatusCode()).as(trivial).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).contains("{\"field\":\"sftpPassword\",\"message\":\"too easily guessed\"}");
        }
        assertThat(register("goodpw", "a-sound-passphrase").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aPublicKeyLongerThanAnyKeyIsABadRequestNamingIt() {
        String huge = "ssh-ed25519 " + "A".repeat(16 * 1024) + " huge@laptop";
        ResponseEntity<String> answer = rest.withBasicAuth("admin", "admin").postForEntity("/api/practices",
                TestPractice.newOne("hugekey").registration(null, java.util.List.of(huge)), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("{\"field\":\"sftpPublicKeys[0]\",\"message\":\"at most 8000 characters");
    }

    private ResponseEntity<String> register(String sftpUser, String password) {
        return rest.withBasicAuth("admin", "admin").postForEntity("/api/practices",
                TestPractice.newOne(sftpUser).registration(password, null), String.class);
    }
}
