package be.psygate.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.psygate.practice.PracticeService;
import be.psygate.support.OwnGateway;
import be.psygate.support.TestPractice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedCamelContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A backlog is taken without waiting for the poll delay: with a poll delay of a minute and two lists per poll, five
 * lists dropped at once are all answered within seconds, each poll that took and answered two polling again at once.
 * A list that fails every time is not polled again in a loop: taken again once per poll delay. A gateway of its own
 * (data directory, ports), closed after the class; the failing lists, which stay, come last.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakeBacklogTest {

    static final OwnGateway GATEWAY = OwnGateway.named("psygate-backlog", 17);

    @DynamicPropertySource
    static void slowPollsOfTwo(DynamicPropertyRegistry registry) {
        GATEWAY.settings(registry, Duration.ofMinutes(1));
        registry.add("psygate.intake.max-files-per-poll", () -> 2);
    }

    @Autowired
    PracticeService practices;

    @Autowired
    CamelContext camel;

    @Test
    @Order(1)
    void moreListsThanAPollTakesAreAllAnsweredWithoutWaitingThePollDelay() throws Exception {
        TestPractice practice = registered("backlog");
        Path home = GATEWAY.practiceHome("backlog");
        List<String> names = List.of("a.csv", "b.csv", "c.csv", "d.csv", "e.csv");
        dropAtOnce(home.resolve("in"), names, practice);

        // the server's sweep finds them (within half a second) and signals one poll; the next poll by the schedule is
        // a minute away
        await().atMost(Duration.ofSeconds(30)).until(() -> names.stream()
                .allMatch(name -> Files.exists(home.resolve("out").resolve(name + ".ack.csv"))));
        // each list leaves in/ once its exchange is done, right after its answer
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(home.resolve("in")).isEmptyDirectory());
    }

    @Test
    @Order(2)
    void aFullPollOfListsThatFailEveryTimeIsNotPolledAgainInALoop() throws Exception {
        TestPractice practice = registered("failing");
        Path home = GATEWAY.practiceHome("failing");
        // no out/ folder to answer in: a file of that name; every attempt at a list fails at its answer
        Path out = home.resolve("out");
        try (var answers = Files.list(out)) {
            assertThat(answers).isEmpty();
        }
        Files.delete(out);
        Files.writeString(out, "not a folder");
        long failedBefore = failedLists();

        dropAtOnce(home.resolve("in"), List.of("x.csv", "y.csv"), practice);

        await().atMost(Duration.ofSeconds(30)).until(() -> failedLists() >= failedBefore + 2);
        // each list failed once in each of the two readers' polls that the uploads asked for, or, where the server's
        // sweep saw the second upload after a poll had taken the first, once more (at most four failures a reader);
        // a poll that took two lists and gave both back does not poll again at once: a loop would fail them hundreds
        // of times in 5 s
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> failedLists() <= failedBefore + 8);
        assertThat(home.resolve("in").resolve("x.csv")).exists();
        assertThat(home.resolve("in").resolve("y.csv")).exists();
    }

    private TestPractice registered(String sftpUser) {
        TestPractice practice = TestPractice.newOne(sftpUser);
        practices.register(practice.registration("Practice " + sftpUser, null, 500, "en"));
        return practice;
    }

    /** The lists written under hidden temporary names, then renamed one right after the other. */
    private static void dropAtOnce(Path folder, List<String> names, TestPractice practice) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (String name : names) {
            Path tmp = folder.resolve("." + name + ".part");
            Files.writeString(tmp, practice.listOf(name.replace(".csv", "-"), 2), StandardCharsets.UTF_8);
            written.add(tmp);
        }
        for (int i = 0; i < names.size(); i++) {
            Files.move(written.get(i), folder.resolve(names.get(i)), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The lists whose handling failed since the gateway started. */
    private long failedLists() throws Exception {
        return camel.getCamelContextExtension().getContextPlugin(ManagedCamelContext.class)
                .getManagedRoute("intake-practice-list").getExchangesFailed();
    }
}
