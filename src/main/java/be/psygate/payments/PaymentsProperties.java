package be.psygate.payments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/**
 * The payment runs and the bank files ({@code routes/payments.yaml}); the payment files' own settings are
 * {@link Pain001Properties}. Defaults in {@code application.yml}.
 *
 * @param scheduleEnabled whether payment runs start on their own, at {@code cron}
 * @param cron            when (second minute hour day-of-month month day-of-week, Brussels time)
 * @param workDir         where a run writes its files before they leave
 * @param bankOutUri      where the pain.001 files go (a Camel file endpoint)
 * @param bankInUri       where the bank files (camt.053, camt.054, pain.002) come from (a Camel file endpoint)
 * @param release         when a tranche 2 is released: on the insurer's settlement alone ({@code settlement}) or
 *                        once the bank shows the insurer's payment ({@code bank})
 */
@Validated
@ConfigurationProperties("psygate.payments")
public record PaymentsProperties(
        @NotNull Boolean scheduleEnabled,
        @NotBlank String cron,
        @NotNull Path workDir,
        @NotBlank String bankOutUri,
        @NotBlank String bankInUri,
        @NotNull Release release) {

    /** What releases a tranche 2. */
    public enum Release {
        /** The insurer's settlement alone. */
        SETTLEMENT,
        /** A bank statement showing the insurer's payment reference, after the settlement. */
        BANK
    }
}
