package be.psygate.intake;

import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An upload that a crash kept in {@code in/} after it was taken in (the gateway killed between the answer and the
 * move to the archive) is taken again once its claim's lease ran out, and answered as it was the first time: the
 * same answer, one record, its lines stored once, its notice on {@code psygate.sessions.accepted} once (the broker
 * drops the one sent again, by its duplicate-detection id). The crash itself is played here by putting the archived
 * upload back in {@code in/} as it was (same name, size, time of modification) and ageing its claim; {@code CrashIT}
 * kills real gateways.
 */
class IntakeTakenAgainTest extends GatewayTest {

    @Autowired
    JmsTemplate jms;

    @Autowired
    IntakeClaims claims;

    @Test
    void aListStoredAnsweredAndAnnouncedButStillInInIsAnsweredTheSameOnceItsClaimRanOut() throws Exception {
        TestPractice practice = registeredPractice("again");
        Path home = practiceHome("again");
        drop("again", "june.csv", practice.listOf("AGAIN", 3));
        Path ack = home.resolve("out/june.csv.ack.csv");
        awaitAnswered(home, "june.csv", ack);
        String answer = Files.readString(ack);
        long fileId = jdbc.sql("select id from received_file where practice_inami = ?").param(practice.inami())
                .query(Long.class).single();
        assertThat(notices(fileId)).isEqualTo(1);

        Files.delete(ack);
        takeAgain(home, "again", "june.csv");

        awaitAnswered(home, "june.csv", ack);
        assertThat(Files.readString(ack)).isEqualTo(answer);
        // this upload's claim: the context is shared with other tests, whose uploads may be in flight meanwhile
        await().atMost(WAIT).untilAsserted(() -> assertThat(claims.inFlightKeys())
                .as("claims of uploads done, no longer renewed").noneMatch(k -> k.startsWith("again/in/june.csv-")));
        assertThat(home.resolve("out/june.csv.error.txt")).doesNotExist();
        assertThat(jdbc.sql("select status from received_file where practice_inami = ?").param(practice.inami())
                .query(String.class).list()).containsExactly("PROCESSED");
        assertThat(jdbc.sql("select count(*) from session_line where practice_inami = ?").param(practice.inami())
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(notices(fileId)).as("the notice sent again is dropped by the broker").isEqualTo(1);
    }

    @Test
    void aRefusedListTakenAgainKeepsItsOneRecord() throws Exception {
        TestPractice practice = registeredPractice("again-refused");
        Path home = practiceHome("again-refused");
        drop("again-refused", "empty.csv", TestPractice.HEADER + "\n");
        Path error = home.resolve("out/empty.csv.error.txt");
        awaitAnswered(home, "empty.csv", error);
        assertThat(Files.readString(error)).contains("FILE_EMPTY");

        Files.delete(error);
        takeAgain(home, "again-refused", "empty.csv");

        awaitAnswered(home, "empty.csv", error);
        assertThat(Files.readString(error)).contains("FILE_EMPTY");
        assertThat(jdbc.sql("select status from received_file where practice_inami = ?").param(practice.inami())
                .query(String.class).list()).containsExactly("QUARANTINED");
    }

    /**
     * The crash: the upload, archived, is back in {@code in/} as it was when it was claimed, and the claim is older
     * than the lease (the instance that held it died).
     */
    private void takeAgain(Path home, String sftpUser, String name) throws IOException {
        Path archived;
        try (Stream<Path> files = Files.walk(DATA_DIR.resolve("sftp/archive"))) {
            archived = files.filter(f -> f.getFileName().toString().startsWith(name + ".")
                    && f.getParent().endsWith(Path.of(sftpUser, "in"))).findFirst().orElseThrow();
        }
        assertThat(jdbc.sql("update camel_messageprocessed set createdAt = ? where messageId like ?")
                .params(LocalDateTime.of(2000, 1, 1, 0, 0), sftpUser + "/in/" + name + "-%").update()).isEqualTo(1);
        Path back = home.resolve("in/.back.part");
        Files.copy(archived, back, StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(back, home.resolve("in").resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitAnswered(Path home, String name, Path answer) {
        await().atMost(WAIT).until(() -> Files.exists(answer) && !Files.exists(home.resolve("in").resolve(name)));
    }

    private int notices(long fileId) {
        return jms.browseSelected("psygate.sessions.accepted", "PsyGateFileId = " + fileId,
                (session, browser) -> Collections.list(browser.getEnumeration()).size());
    }
}
