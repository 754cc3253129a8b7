package be.psygate.payments;

import be.psygate.payments.sepa.Pain001Version;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.regex.Pattern;

/**
 * The payment files for the hospital's bank ({@code psygate.payments.pain001.*}): which pain.001 version the bank
 * takes ({@code version}, {@code V03} or {@code V09}), the prefix of the message ids ({@code message-id-prefix}, 1
 * to 9 letters or digits, told apart per installation), and whether the bank books a file as one debit
 * ({@code batch-booking}) or one per transfer.
 */
@ConfigurationProperties("psygate.payments.pain001")
public record Pain001Properties(Pain001Version version, String messageIdPrefix, Boolean batchBooking) {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{1,9}");

    public Pain001Properties {
        version = version == null ? Pain001Version.V03 : version;
        messageIdPrefix = messageIdPrefix == null || messageIdPrefix.isBlank() ? "PSYGATE" : messageIdPrefix.strip();
        if (!PREFIX.matcher(messageIdPrefix).matches()) {
            throw new IllegalArgumentException(
                    "psygate.payments.pain001.message-id-prefix must be 1 to 9 letters or digits, got: "
                            + messageIdPrefix);
        }
        batchBooking = batchBooking == null || batchBooking;
    }
}
