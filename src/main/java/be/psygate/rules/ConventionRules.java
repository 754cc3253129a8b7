package be.psygate.rules;

import static be.psygate.rules.Refusal.pass;
import static be.psygate.rules.Refusal.refuse;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The checks of a line against the convention in force on its session date and the practice's own terms: is the
 * session under a convention at all, still billable, within the practice's agreement, for a patient of the
 * network's public, and (when the convention asks for one) backed by a dated referral given before it. The first
 * check finds the rule set in force and records it on the draft for the checks after it.
 */
record ConventionRules(RuleBook rules, PracticeContext practice, LocalDate today) {

    /** Nothing is reimbursed before the first convention (2019-04-01). */
    Optional<Refusal> underAConvention(LineDraft d) {
        Optional<RuleSet> inForce = rules.forDate(d.sessionDate);
        inForce.ifPresent(set -> d.rules = set);
        return inForce.isPresent() ? pass()
                : refuse(ReasonCode.SESSION_BEFORE_CONVENTION, d.sessionDate, rules.firstDay());
    }

    /** A session older than today minus the billing deadline can no longer be billed. */
    Optional<Refusal> notTooOld(LineDraft d) {
        Optional<LocalDate> oldest = practice.oldestBillable(today);
        return oldest.isPresent() && d.sessionDate.isBefore(oldest.get())
                ? refuse(ReasonCode.SESSION_TOO_OLD, d.sessionDate, oldest.get()) : pass();
    }

    /** The practice bills only what it performed while its cooperation agreement with the network ran. */
    Optional<Refusal> withinAgreement(LineDraft d) {
        return practice.agreementCovers(d.sessionDate)
                ? pass() : refuse(ReasonCode.AGREEMENT_NOT_VALID, d.sessionDate, practice.agreementShown());
    }

    /**
     * The patient's age on the session date, from the national number (BIS numbers included), is within the ages
     * the network's public covers under the rule set. A number whose birth date is unknown passes.
     */
    Optional<Refusal> patientInTarget(LineDraft d) {
        AgeRange range = d.rules.targetAges(practice.networkPublic());
        Optional<Integer> age = d.patient.ageOn(d.sessionDate);
        return age.isEmpty() || range.contains(age.get())
                ? pass() : refuse(ReasonCode.PATIENT_AGE_OUT_OF_TARGET, age.get(), range.shown());
    }

    /**
     * Where the convention asks for a referral (2019), the line gives its date and the prescriber's INAMI number,
     * which together with the patient identify the referral whose series the quota engine counts.
     */
    Optional<Refusal> referralGiven(LineDraft d) {
        if (!d.rules.referral().required()) {
            return pass();
        }
        if (d.referralDate == null) {
            return refuse(ReasonCode.REFERRAL_MISSING, d.sessionDate);
        }
        return d.prescriber == null ? refuse(ReasonCode.REFERRAL_PRESCRIBER_MISSING, d.referralDate) : pass();
    }

    /** A required referral is dated on or before the session. */
    Optional<Refusal> referralBeforeSession(LineDraft d) {
        if (!d.rules.referral().required() || !d.referralDate.isAfter(d.sessionDate)) {
            return pass();
        }
        return refuse(ReasonCode.REFERRAL_AFTER_SESSION, d.referralDate, d.sessionDate);
    }
}
