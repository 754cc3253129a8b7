package be.psygate.intake;

import static org.assertj.core.api.Assertions.assertThat;

import be.psygate.practice.PracticeService;
import be.psygate.support.Drop;
import be.psygate.support.OpenSsh;
import be.psygate.support.OwnGateway;
import be.psygate.support.TestPractice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A list uploaded to the embedded server is taken as soon as its upload ends, not at the next poll: with a poll
 * delay of ten minutes, a list uploaded with the OpenSSH client is answered within seconds. A gateway of its own
 * (data directory, ports), closed after the class.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class IntakeOnUploadSignalTest {

    static final OwnGateway GATEWAY = OwnGateway.named("psygate-signal", 8);

    @DynamicPropertySource
    static void slowPolls(DynamicPropertyRegistry registry) {
        // one poll at the start, then every ten minutes: only the upload's signal takes a list sooner
        GATEWAY.settings(registry, Duration.ofMinutes(10));
    }

    @Autowired
    PracticeService practices;

    @TempDir
    Path tmp;

    @Test
    void aListIsAnsweredAsSoonAsItsUploadEndsWhateverThePollDelay() throws Exception {
        TestPractice practice = TestPractice.newOne("signalled");
        Path key = OpenSsh.newKey(tmp, "signalled-key");
        practices.register(practice.registration("Practice signalled", null, 500, null,
                List.of(OpenSsh.publicKeyOf(key)), "en"));
        Path home = GATEWAY.practiceHome("signalled");
        // a list put on the disk, which no upload signals: taken by the first poll, after which the next is ten
        // minutes away
        Drop.andAwaitAnswer(home, "in", "first.csv", practice.listOf("FIRST-", 2).getBytes(StandardCharsets.UTF_8),
                "first.csv.ack.csv", Duration.ofSeconds(30));

        Path list = tmp.resolve("signalled.csv");
        Files.writeString(list, practice.listOf("SIG-", 3), StandardCharsets.UTF_8);
        OpenSsh.sftp(GATEWAY.sftpPort(), "signalled", key, GATEWAY.knownHosts(), "put " + list + " in/signalled.csv");

        Path ack = Drop.awaitFile(home.resolve("out/signalled.csv.ack.csv"), Duration.ofSeconds(30));
        assertThat(Files.readAllLines(ack)).hasSize(4);
    }
}
