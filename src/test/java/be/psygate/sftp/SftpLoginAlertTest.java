package be.psygate.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import be.psygate.support.GatewayTest;
import be.psygate.support.OpsTopic;
import jakarta.jms.ConnectionFactory;

/**
 * Someone guessing SFTP passwords on the running gateway: after a burst of refusals the operators get one
 * {@code ALERT_SFTP_LOGIN_FAILURES} event naming the address, with the user name masked (here a national number).
 */
class SftpLoginAlertTest extends GatewayTest {

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    EmbeddedSftpServer server;

    @Value("${psygate.broker.ops-events}")
    String opsTopic;

    @Test
    void aBurstOfRefusedLoginsRaisesOneAlertWithoutTheUserName() throws Exception {
        SshClient client = MinaSftp.client(server.properties().knownHosts());
        try (OpsTopic topic = OpsTopic.listen(connectionFactory, opsTopic)) {
            try (ClientSession guessing = MinaSftp.tryPasswords(client, SFTP_PORT, "85073003328",
                    List.of("1", "2", "3", "4", "5", "6", "7"))) {
                assertThatThrownBy(() -> guessing.auth().verify(WAIT)).isInstanceOf(Exception.class);
            }
            await().atMost(WAIT).until(() -> !topic.ofType("ALERT_SFTP_LOGIN_FAILURES").isEmpty());

            Map<String, Object> alert = topic.ofType("ALERT_SFTP_LOGIN_FAILURES").get(0);
            assertThat(alert).containsEntry("remote", "127.0.0.1").containsEntry("user", "###########")
                    .containsEntry("failures", 6).containsKey("at");
            assertThat(topic.json()).noneMatch(json -> json.contains("85073003328"));

            // a login from the address starts afresh (after the longest delay), and raises nothing more
            try (MinaSftp gateway = MinaSftp.connect(SFTP_PORT, server.properties().knownHosts(),
                    server.properties().serviceUser(), server.properties().servicePassword())) {
                assertThat(gateway.session().isAuthenticated()).isTrue();
            }
            assertThat(topic.ofType("ALERT_SFTP_LOGIN_FAILURES")).hasSize(1);
        } finally {
            client.stop();
        }
    }
}
