package be.psygate.payments.sepa;

import be.psygate.identity.Iban;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One SEPA credit transfer to a psychologist: the end-to-end id that comes back on the statements (1 to 35
 * characters of the SEPA Latin set), who is paid and on which account, the amount in euros (more than 0, whole
 * cents, kept with scale 2) and the remittance information shown to the payee (optional). Names and remittance
 * may carry accents and be of any length: the file writer transliterates them to the SEPA Latin set and clips them
 * to 70 and 140 characters.
 */
public record CreditTransfer(String endToEndId, String creditorName, Iban creditorIban, BigDecimal amount,
                             String remittanceInformation) {

    static final int MAX_REMITTANCE = 140;

    public CreditTransfer {
        SepaText.requireIdentifier("the end-to-end id", endToEndId);
        creditorName = SepaText.blankToNull(creditorName);
        if (creditorName == null) {
            throw new IllegalArgumentException("the creditor's name of " + endToEndId + " is missing");
        }
        Objects.requireNonNull(creditorIban, () -> "the creditor's IBAN of " + endToEndId + " is missing");
        amount = SepaAmounts.requireTransferable("transfer " + endToEndId, amount);
        remittanceInformation = SepaText.blankToNull(remittanceInformation);
    }
}
