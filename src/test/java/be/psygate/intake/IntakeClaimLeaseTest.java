package be.psygate.intake;

import be.psygate.support.MovableClock;
import be.psygate.support.Race;
import be.psygate.support.OnH2AndPostgres;
import be.psygate.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.params.aggregator.AggregateWith;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.aggregator.ArgumentsAggregator;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake's claim names its gateway instance and is a lease, on H2 and on PostgreSQL: two repositories on one
 * database stand for two gateway instances. A claim keeps an upload to its instance while the instance's heartbeat
 * is fresh and the claim renewed; once the heartbeat is older than dead-after, or the same gateway started again on
 * its host and work folder, or the claim is older than the lease, it is taken over, by exactly one of the instances
 * that try at once; a claim taken over is neither renewed nor given back by the instance that lost it; claims older
 * than the retention are deleted.
 *
 * <p>PostgreSQL at {@code PSYGATE_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}), in a schema
 * of its own, dropped at the end.
 */
class IntakeClaimLeaseTest {

    private static final Instant START = Instant.parse("2025-06-30T08:00:00.123Z");

    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration DEAD_AFTER = Duration.ofSeconds(10);
    static final String SCHEMA = TestPostgres.newSchemaName("psygate_claims_");

    /** The key an upload is claimed under: its path, size and time. */
    private static final String KEY = "alice/in/march.csv-120-1751270400000";

    static Stream<Arguments> databases() {
        return TestPostgres.h2AndPostgres("claims", SCHEMA);
    }

    private final MovableClock clock = new MovableClock(START);

    @OnH2AndPostgres
    void aClaimHoldsWhileItsInstanceLivesAndIsTakenOverSecondsAfterItsHeartbeatStops(@EmptyTables DataSource db) {
        Instance a = instance(db, "host-1", "/srv/a");
        Instance b = instance(db, "host-2", "/srv/b");
        assertClaimedByTheFirstOnly(a, b, KEY, "claimed by the other instance");

        // A lives (heartbeat) and renews: however long A works, B does not take the upload
        for (int i = 0; i < 5; i++) {
            clock.move(LEASE.dividedBy(3));
            a.instance.heartbeat();
            b.instance.heartbeat();
            assertThat(a.claims.renewInFlight()).isEqualTo(1);
            assertThat(b.claims.add(KEY)).as("renewed %d times", i + 1).isFalse();
        }

        // A is killed: its heartbeat stops, and B takes the upload over once it is older than dead-after, long
        // before the lease runs out
        assertTakenOverOnlyPast(DEAD_AFTER, "dead-after", b, KEY, "a heartbeat");
        assertThat(a.claims.add(KEY)).isFalse();

        // A, back (a long pause rather than a crash), renews nothing and gives back nothing of B's claim
        a.instance.heartbeat();
        assertThat(a.claims.renewInFlight()).isZero();
        assertThat(a.claims.inFlight()).isZero();
        assertThat(a.claims.remove(KEY)).isFalse();
        assertThat(b.claims.contains(KEY)).isTrue();
        assertThat(a.claims.add(KEY)).as("B lives").isFalse();
        clock.move(LEASE.dividedBy(2));
        b.instance.heartbeat();
        assertThat(b.claims.renewInFlight()).isEqualTo(1);

        // B gives it back (its exchange failed): the next poll of either instance claims it at once
        assertThat(b.claims.remove(KEY)).isTrue();
        assertThat(a.claims.add(KEY)).isTrue();
    }

    @OnH2AndPostgres
    void aGatewayStartedAgainOnItsHostAndWorkFolderTakesOverItsEarlierSelfsClaimsAtOnce(@EmptyTables DataSource db) {
        Instance other = instance(db, "host-1", "/srv/other");
        Instance killed = instance(db, "host-1", "/srv/gateway");
        assertClaimedByTheFirstOnly(killed, other, KEY, "its heartbeat is fresh");

        // kill -9, and the same gateway started again a second later: no waiting for the heartbeat to age
        clock.move(Duration.ofSeconds(1));
        Instance again = instance(db, "host-1", "/srv/gateway");
        assertClaimedByTheFirstOnly(again, other, KEY, "taken over from the earlier self");
        assertThat(new JdbcTemplate(db).queryForObject("select count(*) from gateway_instance", Integer.class))
                .as("the earlier self's record is gone").isEqualTo(2);
    }

    @OnH2AndPostgres
    void aClaimThatNamesNoInstanceKeepsTheLease(@EmptyTables DataSource db) {
        Instance b = instance(db, "host-2", "/srv/b");
        // a claim taken before instances were recorded
        new JdbcTemplate(db).update("insert into camel_messageprocessed (processorName, messageId, createdAt) "
                + "values (?, ?, ?)", IntakeClaims.PROCESSOR_NAME, KEY,
                java.time.LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));

        assertTakenOverOnlyPast(LEASE, "the lease", b, KEY, "a claim");
    }

    @OnH2AndPostgres
    void ofTwoInstancesClaimingOneUploadAtOnceExactlyOneGetsIt(@EmptyTables DataSource db) throws Exception {
        Instance a = instance(db, "host-1", "/srv/a");
        Instance b = instance(db, "host-2", "/srv/b");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 40; round++) {
                String key = "bob/in/list-" + round + ".csv-99-1751270400000";
                // a new upload, listed by both at once
                assertThat(race(threads, a.claims, b.claims, key)).as("round %d, new claim", round).isEqualTo(1);
                // its holder lives on but its claim outlived the lease; both list it
                clock.move(LEASE.plusSeconds(1));
                a.instance.heartbeat();
                b.instance.heartbeat();
                assertThat(race(threads, a.claims, b.claims, key)).as("round %d, stale claim", round).isEqualTo(1);
                a.claims.confirm(key);
                b.claims.confirm(key);
                // a third instance claims an upload and dies; both list it once its heartbeat is old
                Instance dying = instance(db, "host-3", "/srv/dying-" + round);
                String orphan = "bob/in/orphan-" + round + ".csv-99-1751270400000";
                assertThat(dying.claims.add(orphan)).isTrue();
                clock.move(DEAD_AFTER.plusSeconds(1));
                a.instance.heartbeat();
                b.instance.heartbeat();
                assertThat(race(threads, a.claims, b.claims, orphan)).as("round %d, dead instance", round)
                        .isEqualTo(1);
                a.claims.confirm(orphan);
                b.claims.confirm(orphan);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @OnH2AndPostgres
    void anUploadWhoseDateChangedWhileItIsTakenInIsNotClaimedAgain(@EmptyTables DataSource db) {
        IntakeClaims claims = instance(db, "host-1", "/srv/a").claims;
        assertThat(claims.add("dave/in/may.csv-120-1000")).isTrue();
        assertThat(claims.add("dave/in/may.csv-120-2000"))
                .as("the same upload, its date set by the client after it closed the file, listed by the other reader")
                .isFalse();
        assertThat(claims.add("dave/in/may.csv-121-2000")).as("another size: another upload").isTrue();
        assertThat(claims.add("dave/in/june.csv-120-2000")).as("another path").isTrue();
        assertThat(claims.add("erin/in/may.csv-120-2000"))
                .as("another practice's upload of the same name and size: no practice holds back another's").isTrue();

        claims.confirm("dave/in/may.csv-120-1000");
        assertThat(claims.add("dave/in/may.csv-120-3000"))
                .as("uploaded again under the same name once the first was taken in").isTrue();
    }

    @Test
    void aKeyWithoutItsDateIsItsPathAndSize() {
        assertThat(IntakeClaims.withoutDate("dave/in/my-list-2025.csv-120-1751270400000"))
                .isEqualTo("dave/in/my-list-2025.csv-120");
        assertThat(IntakeClaims.withoutDate("dave/in/list.csv-12a-1")).isNull();
        assertThat(IntakeClaims.withoutDate("dave/in/list.csv-120-")).isNull();
        assertThat(IntakeClaims.withoutDate("-1-2")).isNull();
        assertThat(IntakeClaims.withoutDate("list")).isNull();
    }

    @OnH2AndPostgres
    void aDoneUploadKeepsItsClaimUntilTheRetentionThenItIsDeleted(@EmptyTables DataSource db) {
        IntakeClaims claims = instance(db, "host-1", "/srv/a").claims;
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
        TestPostgres.dropSchema(SCHEMA);
    }

    /** How many of the two instances got the claim, both trying at the same moment. */
    private static int race(ExecutorService threads, IntakeClaims a, IntakeClaims b, String key) throws Exception {
        return Race.winners(threads, List.of(() -> a.add(key), () -> b.add(key)));
    }

    /** {@code first} claims the upload; {@code second}, trying next, does not get it. */
    private static void assertClaimedByTheFirstOnly(Instance first, Instance second, String key, String why) {
        assertThat(first.claims.add(key)).isTrue();
        assertThat(second.claims.add(key)).as(why).isFalse();
    }

    /**
     * {@code taker}, beating its heart, does not take the upload over while {@code what} (the holder's heartbeat or
     * claim) is a second younger than {@code limit} (called {@code limitName}), and takes it over once it is a
     * second older.
     */
    private void assertTakenOverOnlyPast(Duration limit, String limitName, Instance taker, String key, String what) {
        clock.move(limit.minusSeconds(1));
        taker.instance.heartbeat();
        assertThat(taker.claims.add(key)).as(what + " younger than " + limitName).isFalse();
        clock.move(Duration.ofSeconds(2));
        taker.instance.heartbeat();
        assertThat(taker.claims.add(key)).as(what + " older than " + limitName).isTrue();
    }

    /** A gateway instance, registered (as it starts), and its claims. */
    private record Instance(GatewayInstance instance, IntakeClaims claims) {
    }

    /** An instance on {@code host} and {@code workDir}, on the test's clock. */
    private Instance instance(DataSource db, String host, String workDir) {
        GatewayInstance instance = new GatewayInstance(db, host, workDir, DEAD_AFTER, clock);
        instance.register();
        IntakeClaims claims = new IntakeClaims(db, LEASE, clock, instance);
        claims.start();
        return new Instance(instance, claims);
    }

    /**
     * The invocation's data source (its arguments: name, data source, schema), its tables as the migrations make them
     * (V1, V6, V15), empty.
     */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @AggregateWith(EmptiedTables.class)
    private @interface EmptyTables {
    }

    /** Empties the tables of the invocation's database, in its schema when it has one, and hands its data source. */
    static final class EmptiedTables implements ArgumentsAggregator {

        @Override
        public DataSource aggregateArguments(ArgumentsAccessor arguments, ParameterContext context) {
            DataSource db = arguments.get(1, DataSource.class);
            String schema = arguments.getString(2);
            JdbcTemplate jdbc = new JdbcTemplate(db);
            if (schema != null) {
                jdbc.execute("create schema if not exists " + schema);
            }
            jdbc.execute("drop table if exists camel_messageprocessed");
            jdbc.execute("drop table if exists gateway_instance");
            jdbc.execute("create table camel_messageprocessed (processorName varchar(255) not null, "
                    + "messageId varchar(1000) not null, createdAt timestamp, primary key (processorName, messageId))");
            jdbc.execute("create index ix_claim_age on camel_messageprocessed (processorName, createdAt)");
            jdbc.execute("create table gateway_instance (id varchar(36) not null primary key, "
                    + "host varchar(255) not null, work_dir varchar(1000) not null, started_at timestamp not null, "
                    + "heartbeat_at timestamp not null)");
            jdbc.execute("alter table camel_messageprocessed add column instanceId varchar(36)");
            return db;
        }
    }
}
