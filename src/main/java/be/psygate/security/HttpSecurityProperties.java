package be.psygate.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * The HTTP side of the gateway's security ({@code psygate.http.*}).
 *
 * @param trustedOrigins origins ({@code https://host[:port]}) whose pages may send state-changing requests and
 *                       console requests besides the gateway's own origin (e.g. the public name behind a reverse proxy
 *                       that does not pass {@code X-Forwarded-*})
 * @param login          how failed HTTP basic logins are throttled
 */
@Validated
@ConfigurationProperties("psygate.http")
public record HttpSecurityProperties(List<String> trustedOrigins, @NotNull @Valid LoginThrottling login) {

    /**
     * Failed logins are counted per source address and per user name over {@code window}; past the limit, the next
     * attempts are refused (429, {@code Retry-After}) for {@code lockout} without the password being checked.
     *
     * @param maxFailuresPerAddress failures from one address before it is locked out
     * @param maxFailuresPerUser    failures for one user name, from any address, before that name is locked out:
     *                              above what one address may send, so that a flood from one client does not lock
     *                              the real user out from elsewhere
     * @param window                the period over which failures are counted
     * @param lockout               how long a locked address or name is refused
     * @param maxTracked            at most this many addresses and names are tracked at once
     */
    public record LoginThrottling(
            @NotNull Integer maxFailuresPerAddress,
            @NotNull Integer maxFailuresPerUser,
            @NotNull Duration window,
            @NotNull Duration lockout,
            @NotNull Integer maxTracked) {

        public LoginThrottling {
            if (maxFailuresPerAddress < 1 || maxFailuresPerUser < 1 || maxTracked < 1) {
                throw new IllegalArgumentException("psygate.http.login: the limits must be at least 1");
            }
            if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
                throw new IllegalArgumentException("psygate.http.login: window and lockout must be positive");
            }
        }
    }
}
