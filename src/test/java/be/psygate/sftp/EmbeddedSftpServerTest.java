package be.psygate.sftp;

import static be.psygate.sftp.TestSftpServer.SERVICE_PASSWORD;
import static be.psygate.sftp.TestSftpServer.SERVICE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.UIKeyboardInteractive;
import com.jcraft.jsch.UserInfo;

/**
 * The embedded server driven by the real OpenSSH {@code sftp} client (key logins) and by JSch (password
 * logins), as practices and the gateway itself use it. One server for the whole class; each test uses its own
 * users.
 */
class EmbeddedSftpServerTest {

    @RegisterExtension
    static final TestSftpServer server = TestSftpServer.forTheClass();
    @RegisterExtension
    static final OpenSsh openSsh = OpenSsh.forTheClass();

    @Test
    void aKeyLoginLandsInTheHomeWithItsThreeFolders() throws Exception {
        Path key = openSsh.generateKey("alice_ed25519", "ed25519");
        addPractice("alice", null, key);
        Path upload = Files.writeString(openSsh.dir().resolve("alice-list.csv"), "line_ref;psychologist_inami\n");

        OpenSsh.Result result = openSsh.sftp(server.port(), server.knownHosts(), "alice", key,
                "pwd", "ls -1", "put " + upload + " in/list.csv");

        assertThat(result.ok()).as(result.describe()).isTrue();
        assertThat(result.out()).contains("Remote working directory: /");
        assertThat(result.out().lines()).contains("in", "check", "out");
        assertThat(server.root().resolve("practices/alice/in/list.csv")).hasSameTextualContentAs(upload);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecdsa", "rsa"})
    void keysOfOtherTypesWork(String type) throws Exception {
        String user = "key-" + type;
        Path key = openSsh.generateKey(user, type);
        addPractice(user, null, key);

        OpenSsh.Result result = openSsh.sftp(server.port(), server.knownHosts(), user, key, "ls -1");

        assertThat(result.ok()).as(result.describe()).isTrue();
        assertThat(result.out().lines()).contains("in", "check", "out");
    }

    @Test
    void aKeyThatIsNotAuthorizedIsRefused() throws Exception {
        Path registered = openSsh.generateKey("bea_registered", "ed25519");
        Path other = openSsh.generateKey("bea_other", "ed25519");
        addPractice("bea", null, registered);

        OpenSsh.Result result = openSsh.sftp(server.port(), server.knownHosts(), "bea", other, "ls");

        assertThat(result.ok()).as(result.describe()).isFalse();
        assertThat(result.err()).contains("Permission denied");
    }

    @Test
    void aPasswordLoginWorks() throws Exception {
        addPractice("carol", "carol-pw", null);

        try (JschSftp sftp = JschSftp.connect(server.port(), server.knownHosts(), "carol", "carol-pw")) {
            assertThat(sftp.pwd()).isEqualTo("/");
            assertThat(sftp.ls("/")).containsExactly("check", "in", "out");
            sftp.put("in/list.csv", "content");
        }
        assertThat(server.root().resolve("practices/carol/in/list.csv")).hasContent("content");
    }

    @Test
    void wrongPasswordsAndUnknownUsersAreRefused() {
        addPractice("dan", "dan-pw", null);

        assertRefused("dan", "not-dan-pw");
        assertRefused("Dan", "dan-pw");
        assertRefused("nobody", "dan-pw");
        assertRefused(SERVICE_USER, "dan-pw");
    }

    @Test
    void anAccountWithoutPasswordCannotLogInWithOne() {
        addPractice("eve", null, null);

        assertRefused("eve", "");
    }

    @Test
    void keyboardInteractiveIsNotOffered() throws Exception {
        addPractice("fay", "fay-pw", null);
        Session session = JschSftp.session(server.port(), server.knownHosts(), "fay");
        session.setConfig("PreferredAuthentications", "keyboard-interactive");
        session.setUserInfo(new AnsweringUser("fay-pw"));

        assertThatThrownBy(() -> session.connect(10_000)).isInstanceOf(JSchException.class)
                .hasMessageContaining("Auth fail");
    }

    @Test
    void thereIsNoShellAndNoExec() throws Exception {
        Path key = openSsh.generateKey("gus_ed25519", "ed25519");
        addPractice("gus", null, key);

        OpenSsh.Result exec = openSsh.ssh(server.port(), server.knownHosts(), "gus", key, "id");
        OpenSsh.Result shell = openSsh.ssh(server.port(), server.knownHosts(), "gus", key, null);

        assertThat(exec.ok()).as(exec.describe()).isFalse();
        assertThat(exec.err()).contains("exec request failed");
        assertThat(shell.ok()).as(shell.describe()).isFalse();
        assertThat(shell.err()).contains("shell request failed");
    }

    @Test
    void aPracticeCannotReachAnotherPracticesFiles() throws Exception {
        Path key = openSsh.generateKey("hal_ed25519", "ed25519");
        addPractice("hal", null, key);
        SftpAccount other = addPractice("ida", "ida-pw", null);
        server.ensureHome(other);
        Files.writeString(other.home().resolve("in/secret.csv"), "ida's patients");
        int port = server.port();

        OpenSsh.Result listing = openSsh.sftp(port, server.knownHosts(), "hal", key, "ls /../ida");
        OpenSsh.Result listingDeeper = openSsh.sftp(port, server.knownHosts(), "hal", key, "ls ../../practices/ida/in");
        OpenSsh.Result download = openSsh.sftp(port, server.knownHosts(), "hal", key,
                "lcd " + openSsh.dir(), "get ../ida/in/secret.csv");
        OpenSsh.Result climbing = openSsh.sftp(port, server.knownHosts(), "hal", key, "cd ..", "cd ..", "pwd", "ls -1");

        assertThat(listing.ok()).as(listing.describe()).isFalse();
        assertThat(listingDeeper.ok()).as(listingDeeper.describe()).isFalse();
        assertThat(download.ok()).as(download.describe()).isFalse();
        assertThat(openSsh.dir().resolve("secret.csv")).doesNotExist();
        assertThat(climbing.ok()).as(climbing.describe()).isTrue();
        assertThat(climbing.out()).contains("Remote working directory: /\n");
        assertThat(climbing.out().lines()).contains("in", "check", "out").doesNotContain("ida", "practices");
    }

    @Test
    void linksCannotBeCreated() throws Exception {
        Path key = openSsh.generateKey("jan_ed25519", "ed25519");
        addPractice("jan", null, key);

        OpenSsh.Result result = openSsh.sftp(server.port(), server.knownHosts(), "jan", key, "ln -s / in/everything");

        assertThat(result.ok()).as(result.describe()).isFalse();
        assertThat(server.root().resolve("practices/jan/in/everything")).doesNotExist();
    }

    @Test
    void theServiceAccountSeesTheInFolderOfEveryPractice() throws Exception {
        Path key = openSsh.generateKey("kim_ed25519", "ed25519");
        addPractice("kim", null, key);
        addPractice("lou", "lou-pw", null);
        Path upload = Files.writeString(openSsh.dir().resolve("kim-list.csv"), "kim's list\n");
        assertThat(openSsh.sftp(server.port(), server.knownHosts(), "kim", key, "put " + upload + " in/list.csv").ok())
                .isTrue();
        try (JschSftp lou = JschSftp.connect(server.port(), server.knownHosts(), "lou", "lou-pw")) {
            lou.put("in/list.xml", "<list/>");
        }

        try (JschSftp gateway = JschSftp.connect(server.port(), server.knownHosts(), SERVICE_USER, SERVICE_PASSWORD)) {
            assertThat(gateway.ls("/")).contains("practices");
            assertThat(gateway.ls("/practices")).contains("kim", "lou");
            assertThat(gateway.ls("/practices/kim/in")).containsExactly("list.csv");
            assertThat(gateway.get("/practices/kim/in/list.csv")).isEqualTo("kim's list\n");
            assertThat(gateway.ls("practices/lou/in")).containsExactly("list.xml");
            gateway.put("practices/lou/out/list.xml.ack.csv", "line_ref;status\n");
        }
        assertThat(server.root().resolve("practices/lou/out/list.xml.ack.csv")).exists();
    }

    @Test
    void anAccountAddedWhileRunningCanLogInAndARemovedOneCannot() throws Exception {
        Path key = openSsh.generateKey("max_ed25519", "ed25519");
        assertThat(openSsh.sftp(server.port(), server.knownHosts(), "max", key, "ls").ok()).isFalse();

        addPractice("max", null, key);
        OpenSsh.Result afterAdding = openSsh.sftp(server.port(), server.knownHosts(), "max", key, "ls -1");
        server.directory().remove("max");
        OpenSsh.Result afterRemoving = openSsh.sftp(server.port(), server.knownHosts(), "max", key, "ls");

        assertThat(afterAdding.ok()).as(afterAdding.describe()).isTrue();
        assertThat(afterAdding.out().lines()).contains("in", "check", "out");
        assertThat(afterRemoving.ok()).as(afterRemoving.describe()).isFalse();
    }

    @Test
    void anAccountWhoseHomeIsNotAPracticeHomeIsRefused() {
        server.addAccount("ned", server.root(), "ned-pw", List.of());

        assertRefused("ned", "ned-pw");
    }

    @Test
    void homesAreNamedAfterValidUserNamesOnly() {
        assertThat(server.homeOf("nora")).isEqualTo(server.root().resolve("practices/nora"));
        assertThatThrownBy(() -> server.homeOf("../nora")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.homeOf(SERVICE_USER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.ensureHome(new SftpAccount("nora", server.root().resolve("practices"), null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SftpAccount addPractice(String user, String password, Path key) {
        return server.addPractice(user, password, TestSftpServer.publicKeys(key));
    }

    private static void assertRefused(String user, String password) {
        assertThatThrownBy(() -> JschSftp.connect(server.port(), server.knownHosts(), user, password).close())
                .as("login of %s", user)
                .isInstanceOf(JSchException.class)
                .hasMessageContaining("Auth fail");
    }

    /** Answers every prompt with the account's password, as a person at a keyboard would. */
    private record AnsweringUser(String password) implements UserInfo, UIKeyboardInteractive {

        @Override
        public String[] promptKeyboardInteractive(String destination, String name, String instruction,
                String[] prompt, boolean[] echo) {
            String[] answers = new String[prompt.length];
            java.util.Arrays.fill(answers, password);
            return answers;
        }

        @Override
        public String getPassphrase() {
            return null;
        }

        @Override
        public String getPassword() {
            return password;
        }

        @Override
        public boolean promptPassword(String message) {
            return false;
        }

        @Override
        public boolean promptPassphrase(String message) {
            return false;
        }

        @Override
        public boolean promptYesNo(String message) {
            return false;
        }

        @Override
        public void showMessage(String message) {
        }
    }
}
