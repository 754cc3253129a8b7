package be.psygate.billing;

import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.identity.Required;
import be.psygate.money.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One accepted session as it is invoiced to an insurer: who performed it for whom, when, under which pseudocode,
 * and what it is worth. Amounts have two decimals and {@code fee = insurerShare + copay} (for a group participant,
 * the fee is that participant's part of the group fee, as the tariff prices it). Its printed form masks the
 * patient's national number.
 *
 * @param sessionId         the gateway's identifier of the session (positive)
 * @param lineRef           the practice's reference of the line, so that the line can be traced back
 * @param psychologist      the psychologist or orthopedagogue who performed the session
 * @param patient           the patient
 * @param mutuality         the patient's 3-digit mutuality
 * @param sessionDate       the day of the session
 * @param pseudocode        the nomenclature code billed
 * @param fee               the fee of the line, insurer share plus copay
 * @param insurerShare      what the insurer is asked to pay
 * @param copay             what the patient paid the psychologist
 * @param groupParticipants the number of participants of a group session; {@code null} for an individual one
 * @param referralDate      the date of the referral, when the line has one; otherwise {@code null}
 * @param prescriber        the doctor who wrote the referral, when the line has one; otherwise {@code null}
 */
public record InvoiceLine(
        long sessionId,
        LineRef lineRef,
        Inami psychologist,
        Niss patient,
        InsurerCode mutuality,
        LocalDate sessionDate,
        Pseudocode pseudocode,
        BigDecimal fee,
        BigDecimal insurerShare,
        BigDecimal copay,
        Integer groupParticipants,
        LocalDate referralDate,
        Inami prescriber) {

    public InvoiceLine {
        if (sessionId <= 0) {
            throw new IllegalArgumentException("Session id must be positive, got " + sessionId);
        }
        Required.nonNull("lineRef, psychologist, patient, mutuality, sessionDate, pseudocode",
                lineRef, psychologist, patient, mutuality, sessionDate, pseudocode);
        fee = Amounts.exact(Objects.requireNonNull(fee, "fee"));
        insurerShare = Amounts.exact(Objects.requireNonNull(insurerShare, "insurerShare"));
        copay = Amounts.exact(Objects.requireNonNull(copay, "copay"));
        if (insurerShare.add(copay).compareTo(fee) != 0) {
            throw new IllegalArgumentException("Session " + sessionId + ": fee " + fee + " is not insurer share "
                    + insurerShare + " + copay " + copay);
        }
        if (groupParticipants != null && groupParticipants <= 0) {
            throw new IllegalArgumentException(
                    "Session " + sessionId + ": group participants must be positive, got " + groupParticipants);
        }
    }

    /** Whether the line bills a participant of a group session. */
    public boolean isGroup() {
        return groupParticipants != null;
    }
}
