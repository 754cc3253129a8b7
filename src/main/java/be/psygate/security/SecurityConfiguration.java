package be.psygate.security;

import be.psygate.ops.OperatorActionFilter;
import be.psygate.ops.OperatorActions;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP basic on the REST API, the actuator and the console: reads need the ops or admin role, writes the admin role;
 * only {@code /actuator/health} is open (without details), {@code /error} to any authenticated user. The console
 * (Hawtio, and Jolokia under it) is for the ops and admin roles; what each may do there is decided by Jolokia itself
 * ({@link ConsoleRestrictor}). A state-changing or console request sent by another site's page is refused
 * ({@link CrossSiteRequests}); failed logins are throttled ({@link LoginThrottle}). Every {@code POST} under
 * {@code /api/} by an authenticated user is audited ({@link OperatorActionFilter}), refusals included.
 */
@Configuration
public class SecurityConfiguration {

    /** Where Jolokia answers (the console's JMX access). */
    static final String CONSOLE = "/actuator/jolokia";
    private static final String REALM = "PsyGate";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** The origins whose pages may send requests: this server's and {@code psygate.http.trusted-origins}. */
    @Bean
    Origins origins(HttpSecurityProperties props) {
        return new Origins(props.trustedOrigins());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService apiUsers(SecurityProperties props, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        if (props.adminUser() != null && props.adminPassword() != null && !props.adminPassword().isBlank()) {
            users.add(User.withUsername(props.adminUser()).password(encoder.encode(props.adminPassword()))
                    .roles("ADMIN", "OPS").build());
            if ("admin".equals(props.adminUser()) && "admin".equals(props.adminPassword())) {
                log.warn("The REST API accepts the demo credentials admin/admin: set psygate.security.admin-password "
                        + "(environment PSYGATE_SECURITY_ADMIN_PASSWORD) before any real use");
            }
        }
        if (props.opsUser() != null && props.opsPassword() != null && !props.opsPassword().isBlank()) {
            users.add(User.withUsername(props.opsUser()).password(encoder.encode(props.opsPassword()))
                    .roles("OPS").build());
            if ("ops".equals(props.opsUser()) && "ops".equals(props.opsPassword())) {
                log.warn("The REST API and the console accept the demo credentials ops/ops: set "
                        + "psygate.security.ops-password (environment PSYGATE_SECURITY_OPS_PASSWORD) before any real use");
            }
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, OperatorActions actions, ObjectMapper json, Clock clock,
                            UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                            Origins origins) throws Exception {
        AuthenticationManager logins = ThrottledAuthenticationProvider.logins(users, encoder, throttle);
        http.authorizeHttpRequests(auth -> auth
                        // another site's page may not use an operator's browser to change anything or drive the console
                        .requestMatchers(new CrossSiteRequests(origins, CONSOLE))
                        .denyAll()
                        // an error page forwarded by the server itself (its status already decided)
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/error").authenticated()
                        // what each role may do in the console is Jolokia's decision (ConsoleRestrictor)
                        .requestMatchers("/actuator/hawtio", "/actuator/hawtio/**", CONSOLE, CONSOLE + "/**")
                        .hasAnyRole("OPS", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/**", "/actuator/**").hasAnyRole("OPS", "ADMIN")
                        .requestMatchers("/api/**").hasRole("ADMIN")
                        .anyRequest().hasRole("ADMIN"))
                .authenticationManager(logins)
                .httpBasic(basic -> basic.authenticationEntryPoint(new ThrottledLoginEntryPoint(REALM)))
                // no session and no cookie: the cross-site rule above stands for CSRF tokens, which need a session
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // around the access decision, so that a refused write is audited with its 403
                .addFilterBefore(new OperatorActionFilter(actions, json, clock), ExceptionTranslationFilter.class);
        return http.build();
    }
}
