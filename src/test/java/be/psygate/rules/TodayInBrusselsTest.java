package be.psygate.rules;

import be.psygate.storage.GatewayProperties;
import static be.psygate.rules.LineBuilder.Field.SESSION_DATE;
import static be.psygate.rules.LineBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import be.psygate.mappings.ClockProperties;
import be.psygate.mappings.MappingsConfiguration;
import be.psygate.tariff.TariffBook;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" is a date in Brussels whatever the server's time zone: the gateway's clock, as the mappings configuration
 * builds it, on a JVM running in UTC or in Pacific/Kiritimati (UTC+14), judges sessions around midnight with the
 * Brussels calendar.
 */
class TodayInBrusselsTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ApplicationContextRunner gateway = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(ClockConfiguration.class, MappingsConfiguration.class);

    private TimeZone serverZone;

    @BeforeEach
    void keepTheServersZone() {
        serverZone = TimeZone.getDefault();
    }

    @AfterEach
    void restoreTheServersZone() {
        TimeZone.setDefault(serverZone);
    }

    @ParameterizedTest(name = "server in {0}")
    @ValueSource(strings = {"UTC", "Pacific/Kiritimati"})
    void theSystemClockOfTheGatewayReadsBrusselsTime(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));

        gateway.run(context -> {
            Clock clock = context.getBean(Clock.class);
            assertThat(clock.getZone()).isEqualTo(BRUSSELS);
            Instant now = clock.instant();
            assertThat(now).isBetween(Instant.now().minusSeconds(60), Instant.now());
        });
    }

    @ParameterizedTest(name = "server in {0} at {1}: a session of {2} is refused for {3} (none: accepted)")
    @CsvSource({
        // 00:30 on 1 July in Brussels, still 30 June in UTC: a session of today in Brussels is billable
        "UTC,                2025-06-30T22:30:00Z, 2025-07-01, ",
        "UTC,                2025-06-30T22:30:00Z, 2025-07-02, SESSION_DATE_IN_FUTURE",
        // 00:30 on 1 January 2026 in Brussels: the new year's first sessions are billable at once
        "UTC,                2025-12-31T23:30:00Z, 2026-01-01, ",
        // 00:30 on 1 July in Kiritimati, 12:30 on 30 June in Brussels: 1 July is still tomorrow
        "Pacific/Kiritimati, 2025-06-30T10:30:00Z, 2025-07-01, SESSION_DATE_IN_FUTURE",
        "Pacific/Kiritimati, 2025-06-30T10:30:00Z, 2025-06-30, ",
        // 23:30 on 31 December in Brussels, already 2026 in Kiritimati
        "Pacific/Kiritimati, 2025-12-31T22:30:00Z, 2026-01-01, SESSION_DATE_IN_FUTURE"})
    void judgesASessionAroundMidnightWithTheBrusselsCalendar(String zone, String now, String sessionDate,
            ReasonCode reason) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));

        gateway.withPropertyValues("psygate.clock.fixed=" + now).run(context -> {
            Clock clock = context.getBean(Clock.class);
            ListValidator validator = new ListValidator(context.getBean(TariffBook.class),
                    context.getBean(RuleBook.class), ConventionRulesTest.context(NetworkPublic.ADULTS, "2022-01-01",
                    null, null), clock);

            Verdict verdict = validator.check(line().with(SESSION_DATE, sessionDate).build());

            assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.ofInstant(Instant.parse(now), BRUSSELS));
            assertThat(verdict.accepted()).isEqualTo(reason == null);
            if (reason != null) {
                assertThat(verdict.reason()).isEqualTo(reason);
            }
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ClockProperties.class, GatewayProperties.class})
    static class ClockConfiguration {
    }
}
