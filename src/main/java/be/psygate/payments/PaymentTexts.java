package be.psygate.payments;

import be.psygate.rules.Language;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What a payment file says of itself: the message id that the bank checks for uniqueness, and the remittance text
 * the practice reads on its own bank statement.
 */
final class PaymentTexts {

    /** A UUID's 128 bits in base 36 take at most 25 characters. */
    private static final int UUID_DIGITS = 25;

    private PaymentTexts() {
    }

    /**
     * A message id unique across installations and runs: {@code prefix}, a dash, then the 128 bits of
     * {@code uuid} as 25 base-36 digits (35 characters at most with a 9-character prefix).
     */
    static String messageId(String prefix, UUID uuid) {
        ByteBuffer bits = ByteBuffer.allocate(16);
        bits.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        String digits = new BigInteger(1, bits.array()).toString(36).toUpperCase(java.util.Locale.ROOT);
        return prefix + "-" + "0".repeat(UUID_DIGITS - digits.length()) + digits;
    }

    /**
     * The remittance text of a transfer, in the practice's language: the day of the payment, how many sessions it
     * pays and the name of the statement file the practice receives that lists them.
     */
    static String remittance(Language language, LocalDate day, long sessions, String statementFile) {
        Objects.requireNonNull(statementFile, "statementFile");
        return switch (language == null ? Language.FR : language) {
            case FR -> "PsyGate %s : %d %s, detail dans %s".formatted(day, sessions,
                    sessions == 1 ? "seance" : "seances", statementFile);
            case NL -> "PsyGate %s: %d %s, detail in %s".formatted(day, sessions,
                    sessions == 1 ? "sessie" : "sessies", statementFile);
            case EN -> "PsyGate %s: %d %s, details in %s".formatted(day, sessions,
                    sessions == 1 ? "session" : "sessions", statementFile);
        };
    }
}
