package be.psygate.practice;

import be.psygate.support.GatewayTest;
import be.psygate.support.OpenSsh;
import be.psygate.support.TestPractice;
import com.jcraft.jsch.JSchException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An administrator rotates a practice's keys, revokes its SFTP access or ends its agreement without losing any of
 * its data; the SFTP server holds to the change from the next login on, without a restart.
 */
class PracticeAccessTest extends GatewayTest {

    @Test
    void afterARotationOnlyTheNewKeyLogsIn() throws Exception {
        TestPractice practice = TestPractice.newOne("rotating");
        Path oldKey = OpenSsh.newKey(tmp, "old");
        Path newKey = OpenSsh.newKey(tmp, "new");
        register(practice, "rotating-password", oldKey);
        OpenSsh.sftp(SFTP_PORT, "rotating", oldKey, knownHosts(), "ls out");

        Map<String, Object> access = new HashMap<>();
        access.put("password", null);
        access.put("publicKeys", List.of(OpenSsh.publicKeyOf(newKey)));
        ResponseEntity<Map> rotated = admin().postForEntity(accessOf(practice), access, Map.class);
        assertThat(rotated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rotated.getBody()).containsEntry("passwordLogin", false).containsEntry("canLogIn", true)
                .containsEntry("publicKeys", List.of(OpenSsh.publicKeyOf(newKey)));

        assertThatThrownBy(() -> OpenSsh.sftp(SFTP_PORT, "rotating", oldKey, knownHosts(), "ls out"))
                .hasMessageContaining("Permission denied");
        OpenSsh.sftp(SFTP_PORT, "rotating", newKey, knownHosts(), "ls out");
        assertThatThrownBy(() -> passwordLogin("rotating", "rotating-password")).isInstanceOf(JSchException.class);
    }

    @Test
    void aRevokedPracticeCannotLogInAndKeepsItsData() throws Exception {
        TestPractice practice = TestPractice.newOne("revoked");
        Path key = OpenSsh.newKey(tmp, "revoked");
        register(practice, "revoked-password", key);
        Path list = tmp.resolve("before.csv");
        Files.writeString(list, practice.listOf("REV", 2), StandardCharsets.UTF_8);
        OpenSsh.sftp(SFTP_PORT, "revoked", key, knownHosts(), "put " + list + " in/before.csv");
        Path ack = practiceHome("revoked").resolve("out/before.csv.ack.csv");
        await().atMost(WAIT).until(() -> Files.exists(ack));

        ResponseEntity<Map> revoked = admin().postForEntity(accessOf(practice) + "/revoke", null, Map.class);
        assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revoked.getBody()).containsEntry("canLogIn", false).containsEntry("passwordLogin", false)
                .containsEntry("publicKeys", List.of());

        assertThatThrownBy(() -> OpenSsh.sftp(SFTP_PORT, "revoked", key, knownHosts(), "ls out"))
                .hasMessageContaining("Permission denied");
        assertThatThrownBy(() -> passwordLogin("revoked", "revoked-password")).isInstanceOf(JSchException.class);
        // its data is all there: the practice, its file and its answer
        assertThat(admin().getForEntity("/api/practices/" + practice.inami(), Map.class).getBody())
                .containsEntry("sftpUser", "revoked").containsEntry("sftpPublicKeys", List.of());
        List<Map<String, Object>> files = admin().exchange("/api/files?practice=" + practice.inami(), HttpMethod.GET,
                null, LIST).getBody();
        assertThat(files).extracting(f -> f.get("fileName") + ":" + f.get("status") + ":" + f.get("acceptedCount"))
                .containsExactly("before.csv:PROCESSED:2");
        assertThat(ack).exists();

        // and access given back is a login again
        assertThat(admin().postForEntity(accessOf(practice), Map.of("password", "a-new-password"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        passwordLogin("revoked", "a-new-password");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEndedAgreementRefusesTheSessionsAfterItsLastDay() throws Exception {
        TestPractice practice = TestPractice.newOne("ending");
        register(practice, "ending-password", null);
        ResponseEntity<Map> ended = admin().postForEntity("/api/practices/" + practice.inami() + "/agreement-end",
                Map.of("agreementEnd", "2025-03-15"), Map.class);
        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ended.getBody()).containsEntry("agreementEnd", "2025-03-15")
                .containsEntry("agreementStart", "2022-01-01").containsEntry("sftpUser", "ending");

        String list = TestPractice.HEADER + "\n"
                + practice.line("END-1", TestPractice.nextPatient(), "2025-03-14", "792691") + "\n"
                + practice.line("END-2", TestPractice.nextPatient(), "2025-03-16", "792691") + "\n";
        Path ack = sendList("ending", "around-the-end.csv", list);
        List<String> lines = Files.readAllLines(ack);
        assertThat(lines.get(1)).startsWith("END-1;ACCEPTED;");
        assertThat(lines.get(2)).startsWith("END-2;REJECTED;AGREEMENT_NOT_VALID;");

        ResponseEntity<Map> before = admin().postForEntity("/api/practices/" + practice.inami() + "/agreement-end",
                Map.of("agreementEnd", "2021-12-31"), Map.class);
        assertThat(before.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) before.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("agreementEnd");
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheAdminChangesAccessAndEveryAttemptIsAudited() throws Exception {
        TestPractice practice = TestPractice.newOne("guarded");
        register(practice, "guarded-password", null);

        assertThat(rest.withBasicAuth("ops", "ops").postForEntity(accessOf(practice) + "/revoke", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        passwordLogin("guarded", "guarded-password");

        ResponseEntity<Map> bad = admin().postForEntity(accessOf(practice),
                Map.of("password", "short", "publicKeys", List.of("not a key")), Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) bad.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("password", "publicKeys[0]");
        passwordLogin("guarded", "guarded-password");
        assertThat(admin().postForEntity("/api/practices/12345678901/sftp-access/revoke", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        List<Map<String, Object>> audit = rest.withBasicAuth("ops", "ops")
                .exchange("/api/audit?limit=20", HttpMethod.GET, null, LIST).getBody();
        assertThat(audit).anySatisfy(a -> assertThat(a).containsEntry("actor", "ops")
                .containsEntry("path", accessOf(practice) + "/revoke").containsEntry("status", 403));
        assertThat(audit).anySatisfy(a -> assertThat(a).containsEntry("actor", "admin")
                .containsEntry("path", accessOf(practice)).containsEntry("status", 400));
        assertThat(audit.toString()).doesNotContain("guarded-password").doesNotContain("short");
    }

    private void register(TestPractice practice, String password, Path key) throws Exception {
        ResponseEntity<Map> r = admin().postForEntity("/api/practices", practice.registration(password,
                key == null ? null : List.of(OpenSsh.publicKeyOf(key))), Map.class);
        assertThat(r.getStatusCode()).as("registration: %s", r.getBody()).isEqualTo(HttpStatus.OK);
    }

    private static String accessOf(TestPractice practice) {
        return "/api/practices/" + practice.inami() + "/sftp-access";
    }

    /** Logs in with a password and out again; throws when the server refuses. */
    private static void passwordLogin(String user, String password) throws JSchException {
        sftpSession(user, password).disconnect();
    }
}
