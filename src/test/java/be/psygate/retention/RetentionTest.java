package be.psygate.retention;

import be.psygate.support.GatewayTest;
import be.psygate.support.OpsTopic;
import be.psygate.support.TestPractice;
import be.psygate.support.TestResources;
import jakarta.jms.ConnectionFactory;
import be.psygate.ledger.EntryLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.awaitility.Awaitility.await;

/**
 * Retention over the real SFTP server and the real ledger: answers past their period go; an archived list stays
 * while its sessions are not paid, however old, and goes its period after the last payment for it; a list refused
 * whole goes its period after it was archived. The sweeps here see only this test's practices (the context is shared
 * with other tests, whose files must stay).
 */
class RetentionTest extends GatewayTest {

    @Autowired
    RetentionJob job;

    @Autowired
    RunLock lock;

    @Autowired
    EntryLedger entries;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    WebApplicationContext context;

    @Test
    void whatIsPastItsPeriodGoesAndWhatAPaymentStillNeedsStays() throws Exception {
        TestPractice paid = registeredPractice("ret-paid");
        TestPractice refused = registeredPractice("ret-refused");
        drop("ret-paid", "june.csv", paid.listOf("RETP", 2));
        drop("ret-refused", "empty.csv", TestPractice.HEADER + "\n");
        Path ack = practiceHome("ret-paid").resolve("out/june.csv.ack.csv");
        Path error = practiceHome("ret-refused").resolve("out/empty.csv.error.txt");
        await().atMost(WAIT).until(() -> Files.exists(ack) && Files.exists(error)
                && archived("ret-paid").size() == 1 && archived("ret-refused").size() == 1);
        Instant answeredAt = Files.getLastModifiedTime(ack).toInstant();
        Path paidList = archived("ret-paid").get(0);
        Path quarantine = TestResources.newTempDir("psygate-retention-");

        // 179 days on: the answers stay; 10 years on: the list whose sessions are not paid stays
        assertThat(sweep(answeredAt.plus(Duration.ofDays(179)), quarantine).answersDeleted()).isZero();
        RetentionReport years = sweep(answeredAt.plus(Duration.ofDays(3650)), quarantine);
        assertThat(years.answersDeleted()).isEqualTo(2);
        assertThat(ack).doesNotExist();
        assertThat(error).doesNotExist();
        assertThat(years.archivedListsDeleted()).as("the list refused whole, settled when answered").isEqualTo(1);
        assertThat(archived("ret-refused")).isEmpty();
        assertThat(years.archivedListsUnsettled()).isEqualTo(1);
        assertThat(paidList).exists();

        // its insurer pays the sessions, and a payment run pays what is owed for them, a year after the archive
        Instant paidAt = answeredAt.plus(Duration.ofDays(365));
        markPaid(paid.inami(), paidAt);
        assertThat(sweep(paidAt.plus(Duration.ofDays(399)), quarantine).archivedListsDeleted())
                .as("within 400 days of the payment").isZero();
        assertThat(paidList).exists();
        assertThat(sweep(paidAt.plus(Duration.ofDays(401)), quarantine).archivedListsDeleted()).isEqualTo(1);
        assertThat(paidList).doesNotExist();
        assertThat(jdbc.sql("select count(*) from session_line where practice_inami = ?").param(paid.inami())
                .query(Integer.class).single()).as("the ledger itself is never pruned").isEqualTo(2);
    }

    @Test
    void oneInstanceAtATimeTakesTheJobAndADeadInstanceLeavesItToItsLease() {
        Instant t = Instant.parse("2030-01-01T00:00:00Z");
        lock.release("retention", "nobody", t, null);
        jdbc.sql("update scheduled_run set locked_until = ? where name = 'retention'")
                .param(Timestamp.from(t.minusSeconds(1))).update();
        assertThat(lock.tryTake("retention", "a", t, Duration.ofHours(1))).isTrue();
        assertThat(lock.tryTake("retention", "b", t.plusSeconds(60), Duration.ofHours(1))).isFalse();
        assertThat(lock.tryTake("retention", "b", t.plus(Duration.ofMinutes(61)), Duration.ofHours(1)))
                .as("a died holding it: its lease ran out").isTrue();
        lock.release("retention", "a", t.plus(Duration.ofMinutes(62)), "late");
        assertThat(lock.tryTake("retention", "c", t.plus(Duration.ofMinutes(63)), Duration.ofHours(1)))
                .as("a cannot give back what b holds").isFalse();
        lock.release("retention", "b", t.plus(Duration.ofMinutes(64)), "done");
        assertThat(lock.lastRun("retention")).get().extracting(RunLock.LastRun::summary).isEqualTo("done");
        jdbc.sql("update scheduled_run set locked_until = ?, last_finished = null where name = 'retention'")
                .param(Timestamp.from(Instant.parse("2000-01-01T00:00:00Z"))).update();
    }

    @Test
    void aRunIsReportedAsAnOpsEventAndShownOnTheConsole() throws Exception {
        try (OpsTopic topic = OpsTopic.listen(connectionFactory, "psygate.ops.events")) {
            // by the gateway's clock (2025), nothing any test made is old enough to go
            Instant now = Instant.parse(TODAY);
            assertThat(job.runIfDue(now)).get().satisfies(r -> {
                assertThat(r.answersDeleted()).isZero();
                assertThat(r.archivedListsDeleted()).isZero();
            });
            assertThat(job.runIfDue(now.plusSeconds(60))).as("ran less than an interval ago").isEmpty();
            await().atMost(WAIT).until(() -> !topic.ofType("RETENTION_RUN").isEmpty());
            assertThat(topic.ofType("RETENTION_RUN").get(0)).containsKeys("answersDeleted", "archivedListsDeleted",
                    "quarantineDeleted", "instance");
        }
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/").with(user("ops").roles("OPS")))
                .andExpect(content().string(containsString("id=\"retention\"")))
                .andExpect(content().string(containsString("deleted answers 0")));
        jdbc.sql("update scheduled_run set last_finished = null where name = 'retention'").update();
    }

    private RetentionReport sweep(Instant now, Path quarantine) {
        try (SftpFolder server = job.openServer()) {
            return job.sweep(now, new OnlyRet(server), quarantine);
        }
    }

    private void markPaid(String inami, Instant at) {
        jdbc.sql("merge into session_account (session_id, insurer_state) key (session_id) select id, 'PAID' "
                + "from session_line where practice_inami = ? and status = 'ACCEPTED'").param(inami).update();
        jdbc.sql("insert into payment_run (trigger, started_at, execution_date, transfers, total) "
                        + "values ('API', ?, ?, 1, 0)")
                .params(Timestamp.from(at), java.sql.Date.valueOf(LocalDate.of(2030, 1, 1))).update();
        long run = jdbc.sql("select max(id) from payment_run").query(Long.class).single();
        jdbc.sql("insert into payment (payment_run_id, practice_inami, amount, end_to_end_id) values (?, ?, 0, ?)")
                .params(run, inami, "RET-" + run).update();
        long payment = jdbc.sql("select id from payment where payment_run_id = ?").param(run).query(Long.class).single();
        // a run writes out the tranche 1 the list owes, then pays it
        entries.postTranche1();
        jdbc.sql("update practice_entry set payment_id = ? where practice_inami = ?").params(payment, inami).update();
        assertThat(jdbc.sql("select count(*) from practice_entry where practice_inami = ?").param(inami)
                .query(Integer.class).single()).as("tranche 1 of each session").isEqualTo(2);
    }

    private static List<Path> archived(String sftpUser) throws Exception {
        Path archive = DATA_DIR.resolve("sftp/archive");
        if (!Files.isDirectory(archive)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(archive)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getParent().getParent().endsWith(sftpUser)).toList();
        }
    }

    /** The server as this test's practices see it: other tests' files are not this test's to delete. */
    private record OnlyRet(RemoteFolder server) implements RemoteFolder {
        @Override
        public List<Entry> files(String dir, int maxDepth) {
            return server.files(dir, maxDepth).stream().filter(e -> e.path().contains("/ret-")).toList();
        }

        @Override
        public void delete(String path) {
            server.delete(path);
        }

        @Override
        public void close() {
        }
    }
}
