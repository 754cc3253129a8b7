package be.psygate.intake;

import be.psygate.ledger.FileStatus;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    @Autowired
    IntakeService intake;

    @Autowired
    LocalCopies localCopies;

    @Test
    void aListStoredAnsweredAndAnnouncedButStillInInIsAnsweredTheSameOnceItsClaimRanOut() throws Exception {
        TestPractice practice = registeredPractice("again");
        Path ack = droppedAndAnswered("again", "june.csv", practice.listOf("AGAIN", 3), "june.csv.ack.csv");
        String answer = Files.readString(ack);
        long fileId = jdbc.sql("select id from received_file where practice_inami = ?").param(practice.inami())
                .query(Long.class).single();
        // the notice, noted with the list, is handed to the broker by its own route
        await().atMost(WAIT).until(() -> notices(fileId) == 1 && noticesWaiting(fileId) == 0);

        Files.delete(ack);
        takeAgain("again", "june.csv");

        awaitAnswered("again", "june.csv", ack);
        assertThat(Files.readString(ack)).isEqualTo(answer);
        // this upload's claim: the context is shared with other tests, whose uploads may be in flight meanwhile
        await().atMost(WAIT).untilAsserted(() -> assertThat(claims.inFlightKeys())
                .as("claims of uploads done, no longer renewed").noneMatch(k -> k.startsWith("again/in/june.csv-")));
        assertThat(practiceHome("again").resolve("out/june.csv.error.txt")).doesNotExist();
        assertThat(jdbc.sql("select status from received_file where practice_inami = ?").param(practice.inami())
                .query(String.class).list()).containsExactly("PROCESSED");
        assertThat(jdbc.sql("select count(*) from session_line where practice_inami = ?").param(practice.inami())
                .query(Integer.class).single()).isEqualTo(3);
        // noted again, sent again, and dropped by the broker
        await().atMost(WAIT).until(() -> noticesWaiting(fileId) == 0);
        assertThat(notices(fileId)).as("the notice sent again is dropped by the broker").isEqualTo(1);
    }

    @Test
    void aListIsRecordedAnsweredWithItsOwnTransactionBeforeItsAnswerIsWrittenOut() throws Exception {
        TestPractice practice = registeredPractice("answered-with-list");
        byte[] list = practice.listOf("WITHLIST", 2).getBytes(StandardCharsets.UTF_8);
        LocalCopies.LocalCopy copy = localCopies.copy(new ByteArrayInputStream(list), list.length);

        // the intake's service alone, no route: nothing delivers the answer, and nothing records it afterwards
        IntakeOutcome outcome = intake.receive(copy, "answered-with-list/in/may.csv", 1_700_000_000_000L);

        assertThat(outcome.getStatus()).isEqualTo(FileStatus.PROCESSED);
        assertThat(outcome.isAnswerRecorded()).isTrue();
        assertThat(jdbc.sql("select count(*) from received_file where id = ? and status = 'PROCESSED' "
                + "and answered_at is not null").param(outcome.getFileId()).query(Integer.class).single())
                .as("answered with the list's commit, whose answer is written out next (a crash between has the "
                        + "same upload taken again and answered again)").isEqualTo(1);
        assertThat(practiceHome("answered-with-list").resolve("out/may.csv.ack.csv")).doesNotExist();
        localCopies.delete(copy.path());
        Files.deleteIfExists(outcome.getAnswerFile().toPath());
    }

    @Test
    void aRefusedListTakenAgainKeepsItsOneRecord() throws Exception {
        TestPractice practice = registeredPractice("again-refused");
        Path error = droppedAndAnswered("again-refused", "empty.csv", TestPractice.HEADER + "\n",
                "empty.csv.error.txt");
        assertThat(Files.readString(error)).contains("FILE_EMPTY");

        Files.delete(error);
        takeAgain("again-refused", "empty.csv");

        awaitAnswered("again-refused", "empty.csv", error);
        assertThat(Files.readString(error)).contains("FILE_EMPTY");
        assertThat(jdbc.sql("select status from received_file where practice_inami = ?").param(practice.inami())
                .query(String.class).list()).containsExactly("QUARANTINED");
    }

    /**
     * The crash: the upload, archived, is back in {@code in/} as it was when it was claimed, and the claim is older
     * than the lease (the instance that held it died).
     */
    private void takeAgain(String sftpUser, String name) throws IOException {
        Path archived;
        try (Stream<Path> files = Files.walk(DATA_DIR.resolve("sftp/archive"))) {
            archived = files.filter(f -> f.getFileName().toString().startsWith(name + ".")
                    && f.getParent().endsWith(Path.of(sftpUser, "in"))).findFirst().orElseThrow();
        }
        assertThat(jdbc.sql("update camel_messageprocessed set createdAt = ? where messageId like ?")
                .params(LocalDateTime.of(2000, 1, 1, 0, 0), sftpUser + "/in/" + name + "-%").update()).isEqualTo(1);
        Path in = practiceHome(sftpUser).resolve("in");
        Path back = in.resolve(".back.part");
        Files.copy(archived, back, StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(back, in.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Puts {@code list} in the practice's {@code in/} as {@code name} and waits for it to be answered with
     * {@code out/<answerName>}; returns the answer's path.
     */
    private static Path droppedAndAnswered(String sftpUser, String name, String list, String answerName)
            throws IOException {
        drop(sftpUser, name, list);
        Path answer = practiceHome(sftpUser).resolve("out").resolve(answerName);
        awaitAnswered(sftpUser, name, answer);
        return answer;
    }

    /** Waits for {@code answer} to be written and the upload {@code name} to be gone from the practice's in/. */
    private static void awaitAnswered(String sftpUser, String name, Path answer) {
        Path upload = practiceHome(sftpUser).resolve("in").resolve(name);
        await().atMost(WAIT).until(() -> Files.exists(answer) && !Files.exists(upload));
    }

    private int noticesWaiting(long fileId) {
        return jdbc.sql("select count(*) from list_notice where file_id = ?").param(fileId).query(Integer.class).single();
    }

    private int notices(long fileId) {
        return jms.browseSelected("psygate.sessions.accepted", "PsyGateFileId = " + fileId,
                (session, browser) -> Collections.list(browser.getEnumeration()).size());
    }
}
