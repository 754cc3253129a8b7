package be.psygate.rules;

/**
 * Why a file or a line was refused. The code is part of the public contract (it is written in acknowledgements
 * and error reports); the readable texts, in French, Dutch and English, are in {@code mappings/reasons.csv}.
 */
public enum ReasonCode {
    // a whole file that cannot be processed
    FILE_EMPTY,
    FILE_NOT_UTF8,
    FILE_BAD_HEADER,
    FILE_XML_NOT_WELL_FORMED,
    FILE_XML_INVALID,
    FILE_UNSUPPORTED_TYPE,
    FILE_TOO_LARGE,
    FILE_INCOMPLETE,
    FILE_DUPLICATE,

    // one line
    LINE_MALFORMED,
    LINE_REF_INVALID,
    /** A reference every insurer format can carry: see {@link FieldRules#lineRefCharacters}. */
    LINE_REF_CHARACTERS,
    LINE_REF_DUPLICATE,
    LINE_REF_ALREADY_ACCEPTED,
    PSYCHOLOGIST_INAMI_INVALID,
    PSYCHOLOGIST_UNKNOWN,
    PSYCHOLOGIST_NOT_THIS_PRACTICE,
    PATIENT_NISS_INVALID,
    INSURER_CODE_INVALID,
    PREFERENTIAL_REGIME_INVALID,
    SESSION_DATE_INVALID,
    SESSION_DATE_IN_FUTURE,
    PSEUDOCODE_INVALID,
    PSEUDOCODE_UNKNOWN,
    NO_TARIFF_ON_DATE,
    GROUP_PARTICIPANTS_MISSING,
    GROUP_PARTICIPANTS_OUT_OF_RANGE,
    GROUP_PARTICIPANTS_UNEXPECTED,
    GROUP_LINES_EXCEED_PARTICIPANTS,
    REFERRAL_DATE_INVALID,
    PRESCRIBER_INAMI_INVALID,
    SESSION_BEFORE_CONVENTION,
    SESSION_TOO_OLD,
    AGREEMENT_NOT_VALID,
    PATIENT_AGE_OUT_OF_TARGET,
    REFERRAL_MISSING,
    REFERRAL_PRESCRIBER_MISSING,
    REFERRAL_AFTER_SESSION,
    SESSION_DUPLICATE,
    /** For the caller: the same session as one accepted from an earlier file (same {@link SessionKey}). */
    SESSION_ALREADY_ACCEPTED,

    // one line, against the history of the network (the quota engine)
    REFERRAL_SERIES_EXHAUSTED,
    PATIENT_CEILING_REACHED,
    CAPACITY_EXCEEDED,
    CONTINGENT_EXCEEDED
}
