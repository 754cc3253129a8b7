package be.psygate.security;

import be.psygate.ops.OperatorActionFilter;
import be.psygate.ops.OperatorActions;
import be.psygate.security.ThrottledAuthenticationProvider.LoginThrottledException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web console's pages (HTML, for people): a login form with a session, ahead of the API's chain
 * ({@link SecurityConfiguration}, HTTP basic, no session) and only for the pages' own addresses. The same users and
 * roles: ops reads every page, only admin sends a form; the same login throttle. The session cookie carries Spring
 * Security's CSRF token check (every form holds the token), the cross-site rule refuses another site's writes all
 * the same, and every form sent by a logged-in user is audited ({@link OperatorActionFilter#forConsolePages}).
 */
@Configuration
public class ConsolePagesSecurity {

    /** The addresses the pages answer on; anything else stays with the API's chain. */
    static final String[] PAGES = {"/", "/login", "/logout", "/files", "/files/**", "/practices", "/practices/**",
            "/networks", "/networks/**", "/billing", "/billing/**", "/payments", "/payments/**", "/returns", "/audit",
            "/dead-letters", "/dead-letters/**", "/operations", "/assets/**", "/webjars/**"};

    /**
     * The browser may run the pages' own scripts and the WebJars', nothing inline; ECharts sets element styles from
     * script, hence the inline styles.
     */
    private static final String CONTENT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * The pages by their whole path in the application: a path relative to another servlet's mapping (Jolokia's
     * {@code /actuator/jolokia/} is {@code /} to it) must not pass for a page.
     */
    static RequestMatcher pages() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(PAGES).map(paths::matcher).map(RequestMatcher.class::cast).toList());
    }

    private static AuthenticationEntryPoint entryPoint() {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byRequest = new LinkedHashMap<>();
        byRequest.put(new RequestHeaderRequestMatcher("HX-Request", "true"), (request, response, e) -> {
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        });
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byRequest);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoint;
    }

    @Bean
    @Order(1)
    SecurityFilterChain consolePages(HttpSecurity http, OperatorActions actions, ObjectMapper json, Clock clock,
                                     UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                     Origins origins) throws Exception {
        AuthenticationManager logins = ThrottledAuthenticationProvider.logins(users, encoder, throttle);
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?throttled"));
        http.securityMatcher(pages())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(new CrossSiteRequests(origins, SecurityConfiguration.CONSOLE)).denyAll()
                        .requestMatchers("/login", "/assets/**", "/webjars/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole("OPS", "ADMIN")
                        .anyRequest().hasRole("ADMIN"))
                .authenticationManager(logins)
                .formLogin(form -> form.loginPage("/login").usernameParameter("username")
                        .passwordParameter("password").defaultSuccessUrl("/", false).failureHandler(failures)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // a page's own refresh (htmx) after the login ended: the whole page goes to the login form, rather
                // than the login form being swapped into the page's part; any other request: the login form
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_POLICY)))
                // around the access decision, so that a refused form is audited with its 403
                .addFilterBefore(OperatorActionFilter.forConsolePages(actions, json, clock),
                        ExceptionTranslationFilter.class);
        return http.build();
    }
}
