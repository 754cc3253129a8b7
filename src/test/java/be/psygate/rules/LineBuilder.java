package be.psygate.rules;

import static be.psygate.rules.LineBuilder.Field.GROUP_PARTICIPANTS;
import static be.psygate.rules.LineBuilder.Field.INSURER_CODE;
import static be.psygate.rules.LineBuilder.Field.LINE_REF;
import static be.psygate.rules.LineBuilder.Field.PATIENT_NISS;
import static be.psygate.rules.LineBuilder.Field.PREFERENTIAL_REGIME;
import static be.psygate.rules.LineBuilder.Field.PRESCRIBER_INAMI;
import static be.psygate.rules.LineBuilder.Field.PSEUDOCODE;
import static be.psygate.rules.LineBuilder.Field.PSYCHOLOGIST_INAMI;
import static be.psygate.rules.LineBuilder.Field.REFERRAL_DATE;
import static be.psygate.rules.LineBuilder.Field.SESSION_DATE;

import be.psygate.identity.TestIds;
import java.util.EnumMap;
import java.util.Map;

/** A valid individual session line of the test practice, to be spoiled one field at a time. */
final class LineBuilder {

    /** The text fields of a {@link DeclaredSession}, named as its components. */
    enum Field {
        LINE_REF, PSYCHOLOGIST_INAMI, PATIENT_NISS, INSURER_CODE, PREFERENTIAL_REGIME, SESSION_DATE, PSEUDOCODE,
        GROUP_PARTICIPANTS, REFERRAL_DATE, PRESCRIBER_INAMI
    }

    static final String PRACTICE = TestIds.inami("123456", "790");
    static final String OTHER_REGISTERED = TestIds.inami("234567", "790");
    static final String UNREGISTERED = TestIds.inami("345678", "790");
    static final String PATIENT = TestIds.niss("850730", 33, false);
    static final String PRESCRIBER = TestIds.inami("456789", "010");

    /** The valid line's fields but its reference, which is numbered. */
    private static final Map<Field, String> VALID = Map.of(
            PSYCHOLOGIST_INAMI, PRACTICE, PATIENT_NISS, PATIENT, INSURER_CODE, "228", PREFERENTIAL_REGIME, "N",
            SESSION_DATE, "2023-03-15", PSEUDOCODE, "792691", GROUP_PARTICIPANTS, "", REFERRAL_DATE, "",
            PRESCRIBER_INAMI, "");

    private static long nextLineNumber = 1;

    final long lineNumber = nextLineNumber++;
    private final Map<Field, String> fields = new EnumMap<>(VALID);

    private LineBuilder() {
        fields.put(LINE_REF, "REF-" + lineNumber);
    }

    static LineBuilder line() {
        return new LineBuilder();
    }

    static LineBuilder groupLine(String pseudocode, int participants) {
        return line().with(PSEUDOCODE, pseudocode).with(GROUP_PARTICIPANTS, String.valueOf(participants));
    }

    LineBuilder with(Field field, String value) {
        fields.put(field, value);
        return this;
    }

    LineBuilder referral(String date, String prescriber) {
        return with(REFERRAL_DATE, date).with(PRESCRIBER_INAMI, prescriber);
    }

    DeclaredSession build() {
        return new DeclaredSession(lineNumber, fields.get(LINE_REF), fields.get(PSYCHOLOGIST_INAMI),
                fields.get(PATIENT_NISS), fields.get(INSURER_CODE), fields.get(PREFERENTIAL_REGIME),
                fields.get(SESSION_DATE), fields.get(PSEUDOCODE), fields.get(GROUP_PARTICIPANTS),
                fields.get(REFERRAL_DATE), fields.get(PRESCRIBER_INAMI), null);
    }
}
