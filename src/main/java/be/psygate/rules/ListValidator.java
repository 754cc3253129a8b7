package be.psygate.rules;

import be.psygate.tariff.Price;
import be.psygate.tariff.Pricer;
import be.psygate.tariff.TariffBook;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the lines of one session list, in file order, and prices those it accepts. The checks run in a fixed
 * order and the first that fails gives the line's reason; a rejected line never stops the rest of the list.
 *
 * <p>One instance per file: it remembers the file's line references and group sessions. Not thread-safe.
 */
public final class ListValidator {

    private final List<LineRule> rules;
    private final Pricer pricer = new Pricer();

    public ListValidator(TariffBook tariffs, PracticeContext practice, LocalDate today) {
        Objects.requireNonNull(tariffs, "tariffs");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(today, "today");
        ContextRules context = new ContextRules(tariffs, practice, today);
        FileRules file = new FileRules();
        this.rules = List.of(
                FieldRules::wellFormed,
                FieldRules::lineRef,
                file::lineRefUnique,
                FieldRules::psychologistInami,
                context::psychologistRegistered,
                context::psychologistIsThisPractice,
                FieldRules::patientNiss,
                FieldRules::insurerCode,
                FieldRules::preferentialRegime,
                FieldRules::sessionDate,
                context::sessionDateNotInFuture,
                FieldRules::pseudocode,
                context::pseudocodeKnown,
                context::tariffOnDate,
                ContextRules::groupParticipants,
                FieldRules::referralDate,
                FieldRules::prescriberInami,
                file::placeInGroup);
    }

    public ListValidator(TariffBook tariffs, PracticeContext practice, Clock clock) {
        this(tariffs, practice, LocalDate.now(clock));
    }

    /** The verdict on the next line of the file. */
    public Verdict check(DeclaredSession line) {
        LineDraft draft = new LineDraft(Objects.requireNonNull(line, "line"));
        for (LineRule rule : rules) {
            Optional<Refusal> refusal = rule.check(draft);
            if (refusal.isPresent()) {
                return Verdict.reject(line, refusal.get().reason(), refusal.get().args());
            }
        }
        return Verdict.accept(line, draft.toValidSession(), priceOf(draft));
    }

    private Price priceOf(LineDraft draft) {
        return draft.groupParticipants == null
                ? pricer.individual(draft.tariff, draft.preferential)
                : pricer.groupParticipant(draft.tariff, draft.groupParticipants, draft.indexInGroup);
    }
}
