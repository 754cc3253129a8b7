package be.psygate.intake;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The claims an intake poll takes while it lists the folders are given back when the listing fails, and only
 * those: the uploads it listed are taken at the next poll, the uploads of earlier polls stay claimed.
 */
class ReleasingPollStrategyTest {

    private final Consumer consumer = mock(Consumer.class);
    private final Endpoint endpoint = mock(Endpoint.class);
    private IntakeClaims claims;
    private ReleasingPollStrategy strategy;
    private final AtomicInteger pollsAskedFor = new AtomicInteger();

    @BeforeEach
    void claimsInADatabase() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:claims-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("create table camel_messageprocessed (processorName varchar(255) not null, "
                    + "messageId varchar(1000) not null, createdAt timestamp, instanceId varchar(36), "
                    + "primary key (processorName, messageId))");
            c.createStatement().execute("create table gateway_instance (id varchar(36) not null primary key, "
                    + "host varchar(255) not null, work_dir varchar(1000) not null, started_at timestamp not null, "
                    + "heartbeat_at timestamp not null)");
        }
        GatewayInstance instance = new GatewayInstance(dataSource, "host", "/srv/psygate/work", Duration.ofSeconds(10),
                Clock.systemUTC());
        instance.register();
        claims = new IntakeClaims(dataSource, Duration.ofMinutes(2), Clock.systemUTC(), instance);
        claims.start();
        strategy = new ReleasingPollStrategy(claims, pollsAskedFor::incrementAndGet);
    }

    @AfterEach
    void stop() {
        claims.stop();
    }

    @Test
    void aPollThatFailsWhileListingGivesBackTheClaimsItTook() throws Exception {
        strategy.begin(consumer, endpoint);
        assertThat(claims.add("alice/in/february.csv-10-1")).isTrue();
        strategy.commit(consumer, endpoint, 1);

        // the next poll claims two uploads, then cannot list a folder
        strategy.begin(consumer, endpoint);
        assertThat(claims.add("alice/check/march.csv-20-2")).isTrue();
        assertThat(claims.add("bob/in/march.xml-30-3")).isTrue();
        assertThat(claims.add("alice/in/february.csv-10-1")).isFalse();
        strategy.rollback(consumer, endpoint, 1, new IOException("Cannot list directory: practices/bob/check"));

        assertThat(claims.contains("alice/check/march.csv-20-2")).isFalse();
        assertThat(claims.contains("bob/in/march.xml-30-3")).isFalse();
        assertThat(claims.contains("alice/in/february.csv-10-1")).as("claimed by an earlier poll").isTrue();

        // and the poll after that takes them
        strategy.begin(consumer, endpoint);
        assertThat(claims.add("alice/check/march.csv-20-2")).isTrue();
        assertThat(claims.add("bob/in/march.xml-30-3")).isTrue();
        strategy.commit(consumer, endpoint, 2);
        strategy.begin(consumer, endpoint);
        strategy.rollback(consumer, endpoint, 1, new IOException("a later failure"));
        assertThat(claims.contains("alice/check/march.csv-20-2")).as("claimed by the poll that took it").isTrue();
    }

    @Test
    void aPollThatTookAndHandledAFullBatchAsksForTheNextPollAtOnce() throws Exception {
        ScheduledBatchPollingConsumer twoAPoll = batchesOf(2);
        strategy.begin(twoAPoll, endpoint);
        claims.add("alice/in/1.csv-10-1");
        claims.add("alice/in/2.csv-10-1");
        claims.confirm("alice/in/1.csv-10-1");
        claims.confirm("alice/in/2.csv-10-1");
        strategy.commit(twoAPoll, endpoint, 2);
        assertThat(pollsAskedFor).as("a full batch, handled").hasValue(1);

        strategy.begin(twoAPoll, endpoint);
        claims.add("alice/in/3.csv-10-1");
        claims.confirm("alice/in/3.csv-10-1");
        strategy.commit(twoAPoll, endpoint, 1);
        assertThat(pollsAskedFor).as("fewer than a batch: nothing more waits").hasValue(1);

        strategy.begin(twoAPoll, endpoint);
        strategy.commit(twoAPoll, endpoint, 0);
        strategy.begin(consumer, endpoint);
        strategy.commit(consumer, endpoint, 2);
        assertThat(pollsAskedFor).as("an empty poll; a consumer without a batch limit").hasValue(1);
    }

    @Test
    void aFullBatchInWhichAnUploadFailedLeavesTheNextPollToTheSchedule() throws Exception {
        ScheduledBatchPollingConsumer twoAPoll = batchesOf(2);
        for (int poll = 0; poll < 3; poll++) {
            strategy.begin(twoAPoll, endpoint);
            assertThat(claims.add("alice/in/fails.csv-10-1")).isTrue();
            assertThat(claims.add("alice/in/fine-" + poll + ".csv-10-1")).isTrue();
            claims.remove("alice/in/fails.csv-10-1");
            claims.confirm("alice/in/fine-" + poll + ".csv-10-1");
            strategy.commit(twoAPoll, endpoint, 2);
        }
        assertThat(pollsAskedFor).as("the failing upload is taken again once per poll delay").hasValue(0);
    }

    private static ScheduledBatchPollingConsumer batchesOf(int maxMessagesPerPoll) {
        ScheduledBatchPollingConsumer consumer = mock(ScheduledBatchPollingConsumer.class);
        when(consumer.getMaxMessagesPerPoll()).thenReturn(maxMessagesPerPoll);
        return consumer;
    }
}
