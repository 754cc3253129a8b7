package be.psygate.payments.sepa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money received on the hospital's account, as a bank statement (camt.053) or notification (camt.054) reports it:
 * the booking date, the amount in euros (more than 0, scale 2), who paid, the remittance (the creditor reference
 * when the payer gave a structured one, else the free text) and the payer's end-to-end id. The last three are
 * {@code null} when the bank does not report them.
 */
public record BankCredit(LocalDate bookingDate, BigDecimal amount, String debtorName, String remittance,
                         String endToEndId) {

    public BankCredit {
        Objects.requireNonNull(bookingDate, "the booking date of the credit is missing");
        amount = SepaAmounts.requireTransferable("the credit", amount);
        debtorName = SepaText.blankToNull(debtorName);
        remittance = SepaText.blankToNull(remittance);
        endToEndId = SepaText.blankToNull(endToEndId);
    }
}
