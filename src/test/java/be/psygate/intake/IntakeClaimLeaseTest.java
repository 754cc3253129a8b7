package be.psygate.intake;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake's claim is a lease, on H2 and on PostgreSQL: two repositories on one database stand for two gateway
 * instances. A claim keeps an upload to its instance while renewed; once older than the lease it is taken over, by
 * exactly one of the instances that try at once; a claim taken over is neither renewed nor given back by the
 * instance that lost it; claims older than the retention are deleted.
 *
 * <p>PostgreSQL at {@code PSYGATE_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}), in a schema
 * of its own, dropped at the end.
 */
class IntakeClaimLeaseTest {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final String PG_URL = env("PSYGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = env("PSYGATE_TEST_PG_USER", "postgres");
    static final String PG_PASSWORD = env("PSYGATE_TEST_PG_PASSWORD", "");
    static final String SCHEMA = "psygate_claims_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    static Stream<Arguments> databases() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:claims-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DriverManagerDataSource postgres = new DriverManagerDataSource(
                PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA, PG_USER, PG_PASSWORD);
        return Stream.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aClaimHoldsWhileRenewedAndIsTakenOverOnceItsLeaseRanOut(String name, DataSource db) throws Exception {
        createTable(name, db);
        MovableClock clock = new MovableClock();
        IntakeClaims a = claims(db, clock);
        IntakeClaims b = claims(db, clock);
        String key = "alice/in/march.csv-120-1751270400000";

        assertThat(a.add(key)).isTrue();
        assertThat(b.add(key)).as("claimed by the other instance").isFalse();

        // A renews every third of the lease: however long A works, B does not take the upload
        for (int i = 0; i < 5; i++) {
            clock.move(LEASE.dividedBy(3));
            assertThat(a.renewInFlight()).isEqualTo(1);
            assertThat(b.add(key)).as("renewed %d times", i + 1).isFalse();
        }

        // A stops renewing (killed): once the lease ran out, B takes the upload over
        clock.move(LEASE.minusSeconds(1));
        assertThat(b.add(key)).as("a claim younger than the lease").isFalse();
        clock.move(Duration.ofSeconds(2));
        assertThat(b.add(key)).as("a claim older than the lease").isTrue();
        assertThat(a.add(key)).isFalse();

        // A, back (a long pause rather than a crash), renews nothing and gives back nothing of B's claim
        assertThat(a.renewInFlight()).isZero();
        assertThat(a.inFlight()).isZero();
        assertThat(a.remove(key)).isFalse();
        assertThat(b.contains(key)).isTrue();
        clock.move(LEASE.dividedBy(2));
        assertThat(b.renewInFlight()).isEqualTo(1);

        // B gives it back (its exchange failed): the next poll of either instance claims it at once
        assertThat(b.remove(key)).isTrue();
        assertThat(a.add(key)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ofTwoInstancesClaimingOneUploadAtOnceExactlyOneGetsIt(String name, DataSource db) throws Exception {
        createTable(name, db);
        MovableClock clock = new MovableClock();
        IntakeClaims a = claims(db, clock);
        IntakeClaims b = claims(db, clock);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 40; round++) {
                String key = "bob/in/list-" + round + ".csv-99-1751270400000";
                // a new upload, listed by both at once
                assertThat(race(threads, a, b, key)).as("round %d, new claim", round).isEqualTo(1);
                // its holder dies; both list it once the lease ran out
                clock.move(LEASE.plusSeconds(1));
                assertThat(race(threads, a, b, key)).as("round %d, stale claim", round).isEqualTo(1);
                a.confirm(key);
                b.confirm(key);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDoneUploadKeepsItsClaimUntilTheRetentionThenItIsDeleted(String name, DataSource db) throws Exception {
        createTable(name, db);
        MovableClock clock = new MovableClock();
        IntakeClaims claims = claims(db, clock);
        assertThat(claims.add("carol/in/old.csv-1-1")).isTrue();
        claims.confirm("carol/in/old.csv-1-1");
        assertThat(claims.renewInFlight()).as("a done upload's claim is not renewed").isZero();
        clock.move(Duration.ofDays(20));
        assertThat(claims.add("carol/in/new.csv-1-2")).isTrue();
        claims.confirm("carol/in/new.csv-1-2");
        clock.move(Duration.ofDays(15));

        assertThat(claims.evictOlderThan(Duration.ofDays(30))).isEqualTo(1);
        assertThat(claims.contains("carol/in/old.csv-1-1")).isFalse();
        assertThat(claims.contains("carol/in/new.csv-1-2")).isTrue();
    }

    @AfterAll
    static void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    /** How many of the two instances got the claim, both trying at the same moment. */
    private static int race(ExecutorService threads, IntakeClaims a, IntakeClaims b, String key) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (IntakeClaims instance : List.of(a, b)) {
            Callable<Boolean> claim = () -> {
                together.await(10, TimeUnit.SECONDS);
                return instance.add(key);
            };
            results.add(threads.submit(claim));
        }
        int won = 0;
        for (Future<Boolean> result : results) {
            won += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        return won;
    }

    private static IntakeClaims claims(DataSource db, Clock clock) throws Exception {
        IntakeClaims claims = new IntakeClaims(db, LEASE, clock);
        claims.start();
        return claims;
    }

    /** The table as the migrations make it (V1, V6), empty. */
    private static void createTable(String name, DataSource db) {
        JdbcTemplate jdbc = new JdbcTemplate(db);
        if (name.equals("PostgreSQL")) {
            jdbc.execute("create schema if not exists " + SCHEMA);
        }
        jdbc.execute("drop table if exists camel_messageprocessed");
        jdbc.execute("create table camel_messageprocessed (processorName varchar(255) not null, "
                + "messageId varchar(1000) not null, createdAt timestamp, primary key (processorName, messageId))");
        jdbc.execute("create index ix_claim_age on camel_messageprocessed (processorName, createdAt)");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A wall clock the test moves. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2025-06-30T08:00:00.123Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
