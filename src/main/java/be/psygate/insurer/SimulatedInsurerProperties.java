package be.psygate.insurer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;

/**
 * The demo's simulated insurer ({@code routes/simulated-insurer.yaml}). Defaults in {@code application.yml}.
 *
 * @param enabled       whether it runs (the demo: yes; production: never)
 * @param answering     which simulated insurers answer what they receive (receipt, then settlement) over their
 *                      channel: {@code all}, or insurer ids separated by commas (none: empty)
 * @param queue         the queue it reads the invoices sent by message from
 * @param refusedShare  the share of lines it refuses, 0 to 1
 * @param partialShare  the share of lines it pays in part, 0 to 1
 * @param partialRatio  the part it pays of those lines, 0 to 1
 * @param seed          the seed of its random choices (the same answers for the same invoices)
 */
@Validated
@ConfigurationProperties("psygate.simulated-insurer")
public record SimulatedInsurerProperties(
        @NotNull Boolean enabled,
        @NotNull String answering,
        @NotBlank String queue,
        @DecimalMin("0") @DecimalMax("1") @NotNull Double refusedShare,
        @DecimalMin("0") @DecimalMax("1") @NotNull Double partialShare,
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal partialRatio,
        @NotNull Long seed) {
}
