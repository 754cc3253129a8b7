package be.psygate.ops;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * What the operators tune ({@code psygate.ops.*}); defaults in {@code application.yml}.
 *
 * @param noFileAlertAfter      an {@code ALERT_NO_FILE} is raised when no practice sent a file for this long;
 *                              the alert is repeated once per such period while the silence lasts
 * @param noFileCheckInterval   how often the silence is checked
 * @param alertRepeatAfter      the same route failure (route and error) is alerted at most once per this period; the
 *                              next alert says how many were held back
 * @param queueDepthInterval    how often the queue depth gauges are refreshed from the broker
 * @param managementAddress     the broker's management address (Artemis: {@code activemq.management})
 * @param managementTimeout     how long to wait for the broker's answer to a management request
 * @param browseLimit           at most this many messages are shown when a dead-letter queue is browsed
 * @param bodyLimit             a message body is shown up to this many characters
 * @param auditLimit            {@code GET /api/audit} shows at most this many operator actions
 * @param sftpHealthTimeout     how long the SFTP health check waits for the server
 */
@Validated
@ConfigurationProperties("psygate.ops")
public record OpsProperties(
        Duration noFileAlertAfter,
        Duration noFileCheckInterval,
        Duration alertRepeatAfter,
        Duration queueDepthInterval,
        String managementAddress,
        Duration managementTimeout,
        @NotNull Integer browseLimit,
        @NotNull Integer bodyLimit,
        @NotNull Integer auditLimit,
        Duration sftpHealthTimeout) {

    public OpsProperties {
        requirePositive(noFileAlertAfter, "no-file-alert-after");
        requirePositive(noFileCheckInterval, "no-file-check-interval");
        requirePositive(queueDepthInterval, "queue-depth-interval");
        requirePositive(managementTimeout, "management-timeout");
        requirePositive(sftpHealthTimeout, "sftp-health-timeout");
        if (alertRepeatAfter == null || alertRepeatAfter.isNegative()) {
            throw new IllegalArgumentException("psygate.ops.alert-repeat-after must not be negative");
        }
        if (browseLimit < 1 || bodyLimit < 1 || auditLimit < 1) {
            throw new IllegalArgumentException("psygate.ops browse-limit, body-limit and audit-limit must be positive");
        }
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("psygate.ops." + name + " must be a positive duration: " + d);
        }
    }
}
