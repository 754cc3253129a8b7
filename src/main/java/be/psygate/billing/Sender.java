package be.psygate.billing;

import be.psygate.identity.Bce;
import be.psygate.identity.Iban;
import be.psygate.identity.Inami;
import be.psygate.identity.Required;

import java.util.regex.Pattern;

/**
 * The billing hospital that sends the invoices: its name, its INAMI number (the third-party payer the insurer
 * pays), its enterprise number and the account the insurer pays into (IBAN and BIC).
 *
 * @param name  the hospital's name, as it should appear on the invoice (1 to 200 characters, not blank)
 * @param inami the hospital's INAMI number
 * @param bce   the hospital's enterprise number
 * @param iban  the account the insurer pays into
 * @param bic   the bank identifier of that account: 8 or 11 letters and digits, upper case
 */
public record Sender(String name, Inami inami, Bce bce, Iban iban, String bic) {

    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final int MAX_NAME_LENGTH = 200;

    public Sender {
        Required.nonNull("name, inami, bce, iban, bic", name, inami, bce, iban, bic);
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    "Sender name must have 1 to " + MAX_NAME_LENGTH + " characters, got " + name.length());
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Sender name must not contain control characters");
        }
        if (!BIC.matcher(bic).matches()) {
            throw new IllegalArgumentException("BIC must be 8 or 11 upper-case letters and digits, got " + bic);
        }
    }

    /** The same sender under another name (e.g. the name as a format that only knows upper-case ASCII writes it). */
    public Sender withName(String otherName) {
        return new Sender(otherName, inami, bce, iban, bic);
    }
}
