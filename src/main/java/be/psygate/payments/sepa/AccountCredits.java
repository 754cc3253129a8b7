package be.psygate.payments.sepa;

import be.psygate.identity.Iban;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What a simulated bank reports on an account: the message id of the report (1 to 35 characters of the SEPA Latin
 * set), when it was created (kept to the second), the account and the credits booked on it (possibly none).
 */
public record AccountCredits(String messageId, LocalDateTime created, Iban account, List<BankCredit> credits) {

    public AccountCredits {
        SepaText.requireIdentifier("the message id", messageId);
        Objects.requireNonNull(created, "the creation time of the report is missing");
        created = created.truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(account, "the account of the report is missing");
        credits = List.copyOf(Objects.requireNonNull(credits, "the credits of the report are missing"));
    }
}
