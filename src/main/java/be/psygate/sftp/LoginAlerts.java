package be.psygate.sftp;

import java.time.Instant;

/**
 * Where the SFTP server tells the operators of a burst of refused logins, beyond its own WARN line: the gateway
 * publishes it as an ops event ({@code ALERT_SFTP_LOGIN_FAILURES}); a server run alone only logs.
 */
@FunctionalInterface
public interface LoginAlerts {

    /** Logs only. */
    LoginAlerts NONE = burst -> {
    };

    /**
     * A source address had {@code failures} logins refused in a row.
     *
     * @param remote     the source address
     * @param user       the user name of the last attempt, digits masked (a user name may hide a national number)
     * @param failures   refusals in a row from that address
     * @param at         when the last one happened
     */
    record Burst(String remote, String user, int failures, Instant at) {
    }

    void loginFailures(Burst burst);
}
