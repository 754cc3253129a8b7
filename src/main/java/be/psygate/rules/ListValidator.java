package be.psygate.rules;

import be.psygate.identity.Required;
import be.psygate.tariff.Price;
import be.psygate.tariff.Pricer;
import be.psygate.tariff.TariffBook;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the lines of one session list, in file order, as the billing hospital must, and prices those it accepts.
 * The checks run in a fixed order and the first that fails gives the line's reason; a rejected line never stops the
 * rest of the list.
 *
 * <p>The order, chosen so that the reason given is the one most useful to the practice (what it typed wrong before
 * what the convention forbids, and what the convention forbids before what the gateway cannot price):
 * <ol>
 *   <li>The line itself: readable ({@code LINE_MALFORMED}), with a valid reference ({@code LINE_REF_INVALID}),
 *       written in characters every insurer format carries
 *       ({@code LINE_REF_CHARACTERS}), unique in the file ({@code LINE_REF_DUPLICATE}).</li>
 *   <li>The psychologist: a valid INAMI number, registered with the network, this practice's own
 *       ({@code PSYCHOLOGIST_INAMI_INVALID}, {@code PSYCHOLOGIST_UNKNOWN},
 *       {@code PSYCHOLOGIST_NOT_THIS_PRACTICE}).</li>
 *   <li>The other fields as written: patient NISS, insurer, regime, session date (not in the future), pseudocode,
 *       referral date, prescriber ({@code PATIENT_NISS_INVALID} ... {@code PRESCRIBER_INAMI_INVALID}).</li>
 *   <li>The convention in force on the session date and the practice's terms: a convention at all
 *       ({@code SESSION_BEFORE_CONVENTION}, before 2019-04-01), still billable ({@code SESSION_TOO_OLD}: before
 *       today minus the billing deadline), within the cooperation agreement ({@code AGREEMENT_NOT_VALID}), a patient
 *       of the network's public by age ({@code PATIENT_AGE_OUT_OF_TARGET}), and where the rule set asks for one
 *       (2019) a referral with its prescriber, dated on or before the session ({@code REFERRAL_MISSING},
 *       {@code REFERRAL_PRESCRIBER_MISSING}, {@code REFERRAL_AFTER_SESSION}). So a 2019 session without referral
 *       says {@code REFERRAL_MISSING}, not {@code NO_TARIFF_ON_DATE} (no 2019 tariff version is known).</li>
 *   <li>The price: a known pseudocode ({@code PSEUDOCODE_UNKNOWN}), a tariff in force on the session date
 *       ({@code NO_TARIFF_ON_DATE}), the number of participants of a group code ({@code GROUP_PARTICIPANTS_*}).</li>
 *   <li>The other lines of the file: not the same psychologist, patient, date and pseudocode as an accepted line
 *       ({@code SESSION_DUPLICATE}), no more lines than the group's participants
 *       ({@code GROUP_LINES_EXCEED_PARTICIPANTS}).</li>
 * </ol>
 *
 * <p>An accepted line is priced with the tariff in force on its session date ({@link Pricer}); when an exemption of
 * the rule set applies (a patient aged 23 or younger from 2024-02-01, a CLB/CPMS code from 2023-09-01) the copay is 0.00 and
 * the insurer pays the whole fee.
 *
 * <p>What depends on history is not checked here: the yearly ceilings per patient, the sessions covered by a 2019
 * referral (within this file too), the psychologist's capacity and the network's contingent are for the quota engine
 * ({@link be.psygate.rules.quota.QuotaAllocator}), which the caller runs on the accepted lines; duplicates of
 * sessions stored from earlier files are for the caller, with {@link ValidSession#key()}.
 *
 * <p>One instance per file: it remembers the file's line references, sessions and group sessions. Not thread-safe.
 */
public final class ListValidator {

    private final List<LineRule> rules;
    private final FileRules file = new FileRules();
    private final Pricer pricer = new Pricer();

    public ListValidator(TariffBook tariffs, RuleBook ruleBook, PracticeContext practice, LocalDate today) {
        Required.nonNull("tariffs, ruleBook, practice, today", tariffs, ruleBook, practice, today);
        ContextRules context = new ContextRules(tariffs, practice, today);
        ConventionRules convention = new ConventionRules(ruleBook, practice, today);
        this.rules = List.of(
                FieldRules::wellFormed,
                FieldRules::lineRef,
                FieldRules::lineRefCharacters,
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
                FieldRules::referralDate,
                FieldRules::prescriberInami,
                convention::underAConvention,
                convention::notTooOld,
                convention::withinAgreement,
                convention::patientInTarget,
                convention::referralGiven,
                convention::referralBeforeSession,
                context::pseudocodeKnown,
                context::tariffOnDate,
                ContextRules::groupParticipants,
                file::sessionNotDuplicate,
                file::placeInGroup);
    }

    public ListValidator(TariffBook tariffs, RuleBook ruleBook, PracticeContext practice, Clock clock) {
        this(tariffs, ruleBook, practice, LocalDate.now(clock));
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
        file.accepted(draft);
        return Verdict.accept(line, draft.toValidSession(), priceOf(draft));
    }

    private Price priceOf(LineDraft draft) {
        Price price = draft.groupParticipants == null
                ? pricer.individual(draft.tariff, draft.preferential)
                : pricer.groupParticipant(draft.tariff, draft.groupParticipants, draft.indexInGroup);
        boolean exempt = draft.rules.copayExemption(draft.pseudocode, draft.sessionDate, draft.patient).isPresent();
        return exempt ? price.withoutCopay() : price;
    }
}
