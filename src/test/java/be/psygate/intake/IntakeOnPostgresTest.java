package be.psygate.intake;

import be.psygate.practice.PracticeService;
import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.OwnGateway;
import be.psygate.support.TestPractice;
import be.psygate.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same intake with the ledger on PostgreSQL (the production database): migrations, batched lines, the
 * fingerprint that keeps a content from being stored twice, and the unique accepted references.
 * The server is at {@code PSYGATE_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}); each run
 * works in a schema of its own, dropped at the end.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class IntakeOnPostgresTest {

    static final String SCHEMA = TestPostgres.newSchemaName("psygate_it_");
    static final OwnGateway GATEWAY = OwnGateway.named("psygate-postgres", 7);
    static final Duration ANSWER_TIME = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        GATEWAY.settings(registry);
        GatewayTest.quickPace(registry);
        registry.add("spring.datasource.url", () -> TestPostgres.urlOf(SCHEMA) + "&reWriteBatchedInserts=true");
        registry.add("spring.datasource.username", () -> TestPostgres.USER);
        registry.add("spring.datasource.password", () -> TestPostgres.PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @Autowired
    PracticeService practices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aListIsStoredOnceWithItsAmountsAndItsReferencesStayUnique() throws Exception {
        TestPractice practice = TestPractice.newOne("pg-practice");
        practices.register(practice.registration("Practice on PostgreSQL", null, 5000, "nl"));
        Path home = GATEWAY.practiceHome(practice.sftpUser());
        byte[] list = practice.listOf("PG", 2500).getBytes(StandardCharsets.UTF_8);

        Drop.file(home.resolve("in"), "big.csv", list);
        Path ack = home.resolve("out/big.csv.ack.csv");
        await().atMost(ANSWER_TIME).until(() -> Files.exists(ack));
        List<String> lines = Files.readAllLines(ack);
        assertThat(lines).hasSize(2501);
        assertThat(lines.subList(1, 2501)).allMatch(l -> l.contains(";ACCEPTED;;;77.10;66.10;11.00;59.49;"));
        assertThat(jdbc.sql("select count(*) from session_line where practice_inami = ? and status = 'ACCEPTED'")
                .param(practice.inami()).query(Integer.class).single()).isEqualTo(2500);
        assertThat(jdbc.sql("select sum(tranche1) from session_line where practice_inami = ?")
                .param(practice.inami()).query(String.class).single()).isEqualTo("148725.00"); // 2500 x 59.49

        Drop.file(home.resolve("in"), "big-copy.csv", list);
        await().atMost(ANSWER_TIME).until(() -> Files.exists(home.resolve("out/big-copy.csv.error.txt")));
        // Dutch, the practice's language
        assertThat(Files.readString(home.resolve("out/big-copy.csv.error.txt"))).contains("FILE_DUPLICATE")
                .contains("Reden");

        String again = TestPractice.HEADER + "\n" + practice.line("PG-7", TestPractice.nextPatient(), "2025-06-02", "792691")
                + "\n";
        Drop.file(home.resolve("in"), "again.csv", again.getBytes(StandardCharsets.UTF_8));
        await().atMost(ANSWER_TIME).until(() -> Files.exists(home.resolve("out/again.csv.ack.csv")));
        assertThat(Files.readAllLines(home.resolve("out/again.csv.ack.csv")).get(1))
                .startsWith("PG-7;REJECTED;LINE_REF_ALREADY_ACCEPTED;");
        assertThat(jdbc.sql("select count(*) from session_line where practice_inami = ?")
                .param(practice.inami()).query(Integer.class).single()).isEqualTo(2501);
    }

    @Test
    void aNulCharacterRefusesTheFileInsteadOfFailingTheDatabase() throws Exception {
        // PostgreSQL stores no NUL in text: a line carrying one used to fail the whole list, over and over
        TestPractice practice = TestPractice.newOne("pg-nul");
        practices.register(practice.registration("Practice sending NUL", null, 500, "en"));
        Path home = GATEWAY.practiceHome(practice.sftpUser());
        Drop.file(home.resolve("in"), "nul-byte.csv", Files.readAllBytes(Path.of("test-fixtures/bad/nul-byte.csv")));

        Path error = home.resolve("out/nul-byte.csv.error.txt");
        await().atMost(ANSWER_TIME).until(() -> Files.exists(error));
        assertThat(Files.readString(error)).contains("(FILE_NOT_UTF8): ");
        await().atMost(ANSWER_TIME).until(() -> !Files.exists(home.resolve("in/nul-byte.csv")));
        assertThat(jdbc.sql("select status from received_file where practice_inami = ?").param(practice.inami())
                .query(String.class).list()).containsExactly("QUARANTINED");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        TestPostgres.dropSchema(SCHEMA);
    }
}
