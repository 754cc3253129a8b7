package be.psygate.mappings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's clock ({@code psygate.clock.*}). Every date the rules and the money use ("today", the year of a
 * quota, the billing deadline, the due dates, the day a list was received) is a date in Belgium, read from this one
 * clock in {@link #ZONE} whatever the server's own time zone: on a server in UTC, a session dated today in Brussels
 * would otherwise be "in the future" for the first hours after midnight.
 *
 * @param fixed an ISO instant that pins "now" (tests, demos, replays); absent: the system's time
 */
@Validated
@ConfigurationProperties("psygate.clock")
public record ClockProperties(Instant fixed) {

    /** The convention's civil time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    /** The clock the whole gateway reads. */
    public Clock clock() {
        return fixed == null ? Clock.system(ZONE) : Clock.fixed(fixed, ZONE);
    }
}
