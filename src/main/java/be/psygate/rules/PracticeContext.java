package be.psygate.rules;

import be.psygate.identity.Inami;
import be.psygate.identity.Required;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the validation of a list needs to know about the practice that uploaded it and its network: its own INAMI
 * number (a practice bills only its own sessions), which psychologists are registered with the network, the period
 * of its cooperation agreement ({@code agreementEnd} null: open-ended), whom the network serves, and how long after
 * a session it may still be billed ({@code billingDeadline}, e.g. {@code P1Y}; null: no deadline).
 */
public record PracticeContext(
        Inami inami,
        Predicate<Inami> knownPsychologist,
        LocalDate agreementStart,
        LocalDate agreementEnd,
        NetworkPublic networkPublic,
        Period billingDeadline) {

    public PracticeContext {
        Required.nonNull("inami, knownPsychologist, agreementStart, networkPublic",
                inami, knownPsychologist, agreementStart, networkPublic);
        if (agreementEnd != null && agreementEnd.isBefore(agreementStart)) {
            throw new IllegalArgumentException("The agreement of " + inami + " ends (" + agreementEnd
                    + ") before it starts (" + agreementStart + ")");
        }
        if (billingDeadline != null && billingDeadline.isNegative()) {
            throw new IllegalArgumentException("A billing deadline cannot be negative, got " + billingDeadline);
        }
    }

    /** Whether the cooperation agreement covers a session on {@code day}. */
    public boolean agreementCovers(LocalDate day) {
        return !day.isBefore(agreementStart) && (agreementEnd == null || !day.isAfter(agreementEnd));
    }

    /** The agreement's period as a reason quotes it: {@code 2022-01-01 → 2024-12-31}, or {@code 2022-01-01 → …}. */
    public String agreementShown() {
        return agreementStart + " → " + (agreementEnd == null ? "…" : agreementEnd.toString());
    }

    /** The oldest session date that may still be billed on {@code today}; empty without a deadline. */
    public Optional<LocalDate> oldestBillable(LocalDate today) {
        return billingDeadline == null ? Optional.empty() : Optional.of(today.minus(billingDeadline));
    }
}
