package be.psygate.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who may call the REST API and open the console. The demo configuration ships {@code admin/admin} and
 * {@code ops/ops} (a warning is logged at start while they are in use); production takes the passwords from the
 * environment ({@code PSYGATE_ADMIN_PASSWORD}, {@code PSYGATE_OPS_PASSWORD}).
 *
 * @param adminUser     the login that may change things (admin role)
 * @param adminPassword its password
 * @param opsUser       the read-only login of the API, the actuator and the console
 * @param opsPassword   its password
 */
@Validated
@ConfigurationProperties("psygate.security")
public record SecurityProperties(@NotBlank String adminUser, String adminPassword, @NotBlank String opsUser,
                                 String opsPassword) {
}
