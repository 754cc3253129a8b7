package be.psygate.console;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The web console's pages ({@code psygate.console.*}).
 *
 * @param pageSize   the rows one page of a list shows (files, lines); the rest is a page further
 * @param refreshEvery how often an open overview asks for its counts, queues and health again
 * @param refreshFor   how long an overview keeps refreshing after the person last opened a page: an unattended
 *                     screen stops asking, so that its login can end after the session timeout like any other
 */
@Validated
@ConfigurationProperties("psygate.console")
public record ConsoleProperties(@NotNull Integer pageSize, Duration refreshEvery,
                                Duration refreshFor) {

    public ConsoleProperties {
        if (pageSize < 1) {
            throw new IllegalArgumentException("psygate.console.page-size must be 1 or more, got " + pageSize);
        }
        if (refreshEvery.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("psygate.console.refresh-every must be 1s or more, got " + refreshEvery);
        }
        if (refreshFor.isNegative()) {
            throw new IllegalArgumentException("psygate.console.refresh-for must not be negative, got " + refreshFor);
        }
    }

    /** The overview's polling interval as htmx writes it ({@code every 5s}). */
    public String refreshTrigger() {
        return "every " + Math.max(1, refreshEvery.toSeconds()) + "s";
    }
}
