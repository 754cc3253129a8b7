package be.psygate.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may call the REST API. The demo configuration ships {@code admin/admin}; production takes the passwords from
 * the environment ({@code PSYGATE_SECURITY_ADMIN_PASSWORD}, {@code PSYGATE_SECURITY_OPS_PASSWORD}).
 */
@ConfigurationProperties("psygate.security")
public record SecurityProperties(String adminUser, String adminPassword, String opsUser, String opsPassword) {
}
