package be.psygate.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The demo's reference data. Defaults in {@code application.yml}.
 *
 * @param enabled whether the demo's networks and practices are loaded at start (production: never)
 * @param data    where they are read from (a Spring resource location, in the shape of {@code POST
 *                /api/reference-data})
 */
@Validated
@ConfigurationProperties("psygate.demo")
public record DemoProperties(@NotNull Boolean enabled, @NotBlank String data) {
}
