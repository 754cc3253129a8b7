package be.psygate.payments;

import be.psygate.payments.sepa.Pain001Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The payment files for the hospital's bank ({@code psygate.payments.pain001.*}): which pain.001 version the bank
 * takes ({@code version}, {@code V03} or {@code V09}), the prefix of the message ids ({@code message-id-prefix}, 1
 * to 9 letters or digits, told apart per installation), and whether the bank books a file as one debit
 * ({@code batch-booking}) or one per transfer. Defaults in {@code application.yml}.
 *
 * @param version         the pain.001 version the bank takes: {@code V03} (pain.001.001.03) or {@code V09}
 *                        (pain.001.001.09)
 * @param messageIdPrefix the prefix of the payment files' message ids, 1 to 9 letters or digits, one per installation
 * @param batchBooking    whether the bank books a file as one debit ({@code true}) or one debit per transfer
 */
@Validated
@ConfigurationProperties("psygate.payments.pain001")
public record Pain001Properties(@NotNull Pain001Version version, @NotBlank String messageIdPrefix,
                                @NotNull Boolean batchBooking) {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{1,9}");

    public Pain001Properties {
        Objects.requireNonNull(version, "psygate.payments.pain001.version");
        messageIdPrefix = Objects.requireNonNull(messageIdPrefix, "psygate.payments.pain001.message-id-prefix").strip();
        if (!PREFIX.matcher(messageIdPrefix).matches()) {
            throw new IllegalArgumentException(
                    "psygate.payments.pain001.message-id-prefix must be 1 to 9 letters or digits, got: "
                            + messageIdPrefix);
        }
    }
}
