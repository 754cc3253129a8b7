package be.psygate.rules;

import static be.psygate.rules.Refusal.pass;
import static be.psygate.rules.Refusal.refuse;

import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The checks of a line that need nothing but the line: is each field written as the contract says. */
final class FieldRules {

    private FieldRules() {
    }

    static Optional<Refusal> wellFormed(LineDraft d) {
        return d.line.isMalformed() ? refuse(ReasonCode.LINE_MALFORMED, d.line.formatProblem()) : pass();
    }

    static Optional<Refusal> lineRef(LineDraft d) {
        return parsed(d.line.lineRef(), LineRef::parse, v -> d.lineRef = v,
                ReasonCode.LINE_REF_INVALID, () -> Shown.value(d.line.lineRef()));
    }

    /**
     * A line reference travels to the insurer in every format: eFact's reference zone is printable ASCII, and the
     * insurers' CSV (no quoting) cannot carry {@code ;} or {@code "}. A reference accepted with any other character
     * would make its whole invoice batch unwritable, so it is refused here, where the practice can still fix it.
     */
    static Optional<Refusal> lineRefCharacters(LineDraft d) {
        String ref = d.lineRef.value();
        return ref.chars().allMatch(FieldRules::insurerPortable) ? pass()
                : refuse(ReasonCode.LINE_REF_CHARACTERS, Shown.value(ref));
    }

    /** Printable ASCII (a space to {@code ~}) but {@code ;} and {@code "}. */
    static boolean insurerPortable(int c) {
        return c >= ' ' && c <= '~' && c != ';' && c != '"';
    }

    static Optional<Refusal> psychologistInami(LineDraft d) {
        return parsed(d.line.psychologistInami(), Inami::parse, v -> d.psychologist = v,
                ReasonCode.PSYCHOLOGIST_INAMI_INVALID, () -> Shown.value(d.line.psychologistInami()));
    }

    /** The reason's value is only the length received: a national number is never quoted back. */
    static Optional<Refusal> patientNiss(LineDraft d) {
        String niss = d.line.patientNiss();
        return parsed(niss, Niss::parse, v -> d.patient = v,
                ReasonCode.PATIENT_NISS_INVALID, () -> niss == null ? 0 : niss.length());
    }

    static Optional<Refusal> insurerCode(LineDraft d) {
        return parsed(d.line.insurerCode(), InsurerCode::parse, v -> d.insurer = v,
                ReasonCode.INSURER_CODE_INVALID, () -> Shown.value(d.line.insurerCode()));
    }

    static Optional<Refusal> preferentialRegime(LineDraft d) {
        String regime = d.line.preferentialRegime();
        if ("Y".equals(regime) || "N".equals(regime)) {
            d.preferential = "Y".equals(regime);
            return pass();
        }
        return refuse(ReasonCode.PREFERENTIAL_REGIME_INVALID, Shown.value(regime));
    }

    static Optional<Refusal> sessionDate(LineDraft d) {
        return parsed(d.line.sessionDate(), FieldRules::isoDate, v -> d.sessionDate = v,
                ReasonCode.SESSION_DATE_INVALID, () -> Shown.value(d.line.sessionDate()));
    }

    static Optional<Refusal> pseudocode(LineDraft d) {
        return parsed(d.line.pseudocode(), Pseudocode::parse, v -> d.pseudocode = v,
                ReasonCode.PSEUDOCODE_INVALID, () -> Shown.value(d.line.pseudocode()));
    }

    static Optional<Refusal> referralDate(LineDraft d) {
        if (isEmpty(d.line.referralDate())) {
            return pass();
        }
        return parsed(d.line.referralDate(), FieldRules::isoDate, v -> d.referralDate = v,
                ReasonCode.REFERRAL_DATE_INVALID, () -> Shown.value(d.line.referralDate()));
    }

    static Optional<Refusal> prescriberInami(LineDraft d) {
        if (isEmpty(d.line.prescriberInami())) {
            return pass();
        }
        return parsed(d.line.prescriberInami(), Inami::parse, v -> d.prescriber = v,
                ReasonCode.PRESCRIBER_INAMI_INVALID, () -> Shown.value(d.line.prescriberInami()));
    }

    static boolean isEmpty(String field) {
        return field == null || field.isBlank();
    }

    /**
     * A date written {@code yyyy-MM-dd} (ASCII digits) that exists in the calendar. Read by position, not with a
     * pattern and a formatter: two of them on every line.
     */
    static LocalDate isoDate(String text) {
        if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new IllegalArgumentException("not yyyy-MM-dd");
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a day of the calendar");
        }
    }

    /** The number written in ASCII digits from {@code from} (inclusive) to {@code to} (exclusive). */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not yyyy-MM-dd");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The reason's argument is made only when the field is refused: most fields of most lines are not. */
    private static <T> Optional<Refusal> parsed(String text, Function<String, T> parser, Consumer<T> store,
            ReasonCode reason, Supplier<Object> arg) {
        try {
            store.accept(parser.apply(text));
            return pass();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return refuse(reason, arg.get());
        }
    }
}
