package be.psygate.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.util.ArrayList;
import java.util.List;

/**
 * HTTP basic on the REST API and the actuator: reads need the ops or admin role, writes the admin role; only
 * {@code /actuator/health} is open (without details).
 */
@Configuration
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

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
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**", "/actuator/**").hasAnyRole("OPS", "ADMIN")
                        .requestMatchers("/api/**").hasRole("ADMIN")
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
