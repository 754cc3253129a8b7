package be.psygate.rules;

import static be.psygate.rules.Refusal.pass;
import static be.psygate.rules.Refusal.refuse;

import be.psygate.tariff.Tariff;
import be.psygate.tariff.TariffBook;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks of a line against what the gateway knows: the practice that sent it, the tariffs, and today's date.
 */
record ContextRules(TariffBook tariffs, PracticeContext practice, LocalDate today) {

    private static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,3}");

    Optional<Refusal> psychologistRegistered(LineDraft d) {
        return practice.knownPsychologist().test(d.psychologist)
                ? pass() : refuse(ReasonCode.PSYCHOLOGIST_UNKNOWN, d.psychologist);
    }

    /** A practice bills only its own sessions. */
    Optional<Refusal> psychologistIsThisPractice(LineDraft d) {
        return d.psychologist.equals(practice.inami())
                ? pass() : refuse(ReasonCode.PSYCHOLOGIST_NOT_THIS_PRACTICE, d.psychologist, practice.inami());
    }

    /** Only a session already performed can be billed. */
    Optional<Refusal> sessionDateNotInFuture(LineDraft d) {
        return d.sessionDate.isAfter(today) ? refuse(ReasonCode.SESSION_DATE_IN_FUTURE, d.sessionDate) : pass();
    }

    /**
     * The pseudocode is one of the convention's: its list of codes ({@code mappings/pseudocodes.csv}) or some tariff
     * version names it. A listed code that no tariff prices on the session date is then refused for lack of a
     * tariff, not as unknown.
     */
    Optional<Refusal> pseudocodeKnown(LineDraft d) {
        return tariffs.knows(d.pseudocode) ? pass() : refuse(ReasonCode.PSEUDOCODE_UNKNOWN, d.pseudocode);
    }

    /** The tariff is the one in force on the session date, never the one in force today. */
    Optional<Refusal> tariffOnDate(LineDraft d) {
        Optional<Tariff> tariff = tariffs.find(d.pseudocode, d.sessionDate);
        tariff.ifPresent(t -> d.tariff = t);
        return tariff.isPresent() ? pass() : refuse(ReasonCode.NO_TARIFF_ON_DATE, d.pseudocode, d.sessionDate);
    }

    /** Group codes give the number of participants (4 to 15, from the rule set in force); others leave it empty. */
    static Optional<Refusal> groupParticipants(LineDraft d) {
        String participants = d.line.groupParticipants();
        if (!d.tariff.isGroup()) {
            return FieldRules.isEmpty(participants)
                    ? pass() : refuse(ReasonCode.GROUP_PARTICIPANTS_UNEXPECTED, d.pseudocode, Shown.value(participants));
        }
        if (FieldRules.isEmpty(participants)) {
            return refuse(ReasonCode.GROUP_PARTICIPANTS_MISSING, d.pseudocode);
        }
        GroupSize size = d.rules.groupSize();
        if (!SMALL_NUMBER.matcher(participants).matches() || !size.contains(Integer.parseInt(participants))) {
            return refuse(ReasonCode.GROUP_PARTICIPANTS_OUT_OF_RANGE, Shown.value(participants), size.min(),
                    size.max());
        }
        d.groupParticipants = Integer.parseInt(participants);
        return pass();
    }
}
