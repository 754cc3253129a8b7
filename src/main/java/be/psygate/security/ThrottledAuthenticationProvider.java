package be.psygate.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.Optional;

/**
 * The API's password check behind the {@link LoginThrottle}: a locked-out address or user name is refused before
 * its password is checked ({@link LoginThrottledException}), and every wrong password is counted.
 */
record ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle)
        implements AuthenticationProvider {

    /**
     * The logins of a filter chain: the users' passwords checked behind the throttle. No parent manager: a throttled
     * or wrong login must not be tried again elsewhere.
     */
    static AuthenticationManager logins(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Optional<Duration> locked = throttle.lockedFor(address, user);
        if (locked.isPresent()) {
            throw new LoginThrottledException(locked.get());
        }
        try {
            Authentication done = passwords.authenticate(authentication);
            if (done != null) {
                throttle.succeeded(address, user);
            }
            return done;
        } catch (BadCredentialsException e) {
            throttle.failed(address, user);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** Refused unchecked: too many failures lately from this address or for this user name. */
    static final class LoginThrottledException extends AuthenticationException {
        private final transient Duration retryAfter;

        LoginThrottledException(Duration retryAfter) {
            super("too many failed logins, try again later");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
