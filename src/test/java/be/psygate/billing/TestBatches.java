package be.psygate.billing;

import be.psygate.identity.Bce;
import be.psygate.identity.Iban;
import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.identity.TestIds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Invoice batches for the tests. Every identifier has correct check digits and belongs to nobody. The {@link
 * #sample()} batch is the one the files of {@code test-fixtures/invoices/} are rendered from: never change it
 * without re-rendering them.
 */
public final class TestBatches {

    public static final Inami PSYCHOLOGIST_A = Inami.parse("95123445780");
    public static final Inami PSYCHOLOGIST_B = Inami.parse("95331105780");
    public static final Inami PRESCRIBER = Inami.parse(TestIds.inami("187654", "004"));
    public static final Niss MAN_1985 = Niss.parse("85031412302");
    public static final Niss WOMAN_1992 = Niss.parse("92070105454");
    public static final Niss PATIENT_2005 = Niss.parse("05021503749");
    public static final Niss PATIENT_2001 = Niss.parse("01093011865");
    public static final Niss PATIENT_1999 = Niss.parse("99010101108");
    public static final Niss PATIENT_1964 = Niss.parse("64050540251");
    public static final Niss PATIENT_2011 = Niss.parse("11041807660");
    public static final Niss PATIENT_1978 = Niss.parse("78112220178");

    private TestBatches() {
    }

    /** The billing hospital, with a name that needs transliteration in eFact. */
    public static Sender sender() {
        return new Sender("Hôpital Psychiatrique Saint-Éloi", Inami.parse(TestIds.inami("710234", "000")),
                Bce.parse(TestIds.bce("08765432")), Iban.parse(TestIds.iban("BE", "539007547034")), "GKCCBEBB");
    }

    /**
     * Batch 42 to the Neutral union (200), March 2025, a test sending: five sessions of four patients in two
     * mutualities (203 and 228), a preferential copay, a first session without copay, two participants of one
     * group session (the first carrying the rounding remainder) and a line with a referral.
     */
    public static InvoiceBatch sample() {
        List<InvoiceLine> lines = List.of(
                line(1001, "2025-03-0001", PSYCHOLOGIST_A, WOMAN_1992, "228", "2025-03-04", "792691",
                        "73.10", "4.00"),
                line(1002, "2025-03-0002", PSYCHOLOGIST_A, WOMAN_1992, "228", "2025-03-11", "792713",
                        "73.10", "4.00"),
                group(1003, "2025-03-0003", PATIENT_1999, "228", "81.28"),
                group(1004, "2025-03-0004", PATIENT_2005, "203", "81.29"),
                new InvoiceLine(1005, LineRef.parse("B-17/a"), PSYCHOLOGIST_A, PATIENT_2001, InsurerCode.parse("203"),
                        LocalDate.parse("2025-03-05"), Pseudocode.parse("792632"), amount("77.10"), amount("77.10"),
                        amount("0.00"), null, LocalDate.parse("2025-02-20"), PRESCRIBER));
        return new InvoiceBatch(42, "200", YearMonth.of(2025, 3), LocalDate.of(2025, 4, 2), sender(), lines, true);
    }

    /**
     * A larger production batch to the Christian union (100): eight patients spread over three mutualities
     * (101, 116, 134), several sessions each, group participants, referrals and one credit line (negative
     * amounts), given in no particular order.
     */
    public static InvoiceBatch large() {
        Niss[] patients = {MAN_1985, WOMAN_1992, PATIENT_2005, PATIENT_2001, PATIENT_1999, PATIENT_1964,
                PATIENT_2011, PATIENT_1978};
        String[] mutualities = {"134", "101", "116"};
        List<InvoiceLine> lines = new ArrayList<>();
        long id = 900_000_000_001L;
        for (int p = 0; p < patients.length; p++) {
            String mutuality = mutualities[p % mutualities.length];
            for (int s = 0; s < 3 + p % 3; s++) {
                LocalDate day = LocalDate.of(2025, 3, 1 + (p * 3 + s * 5) % 28);
                Inami psychologist = s % 2 == 0 ? PSYCHOLOGIST_A : PSYCHOLOGIST_B;
                String ref = "L" + p + "-" + s + " ref/x";
                if (s == 2 && p % 2 == 0) {
                    lines.add(new InvoiceLine(id++, LineRef.parse(ref), psychologist, patients[p],
                            InsurerCode.parse(mutuality), day, Pseudocode.parse("792514"), amount("83.79"),
                            amount("81.29"), amount("2.50"), 4, null, null));
                } else if (s == 1 && p % 3 == 0) {
                    lines.add(new InvoiceLine(id++, LineRef.parse(ref), psychologist, patients[p],
                            InsurerCode.parse(mutuality), day, Pseudocode.parse("792455"), amount("30.84"),
                            amount("30.84"), amount("0.00"), null, day.minusDays(10), PRESCRIBER));
                } else {
                    lines.add(new InvoiceLine(id++, LineRef.parse(ref), psychologist, patients[p],
                            InsurerCode.parse(mutuality), day, Pseudocode.parse("792691"), amount("77.10"),
                            amount("66.10"), amount("11.00"), null, null, null));
                }
            }
        }
        lines.add(new InvoiceLine(id, LineRef.parse("CREDIT-1"), PSYCHOLOGIST_B, PATIENT_1978,
                InsurerCode.parse("116"), LocalDate.of(2025, 2, 27), Pseudocode.parse("792691"), amount("-77.10"),
                amount("-66.10"), amount("-11.00"), null, null, null));
        Collections.reverse(lines);
        return new InvoiceBatch(7_123_456, "100", YearMonth.of(2025, 3), LocalDate.of(2025, 4, 3),
                new Sender("CHU Psy Réseau Nord", PSYCHOLOGIST_A, Bce.parse(TestIds.bce("08765432")),
                        Iban.parse(TestIds.iban("BE", "001234567890")), "GEBABEBB"),
                lines, false);
    }

    /** An individual session line, its fee being the insurer share plus the copay. */
    public static InvoiceLine line(long sessionId, String ref, Inami psychologist, Niss patient, String mutuality,
                                   String day, String pseudocode, String share, String copay) {
        BigDecimal insurerShare = amount(share);
        BigDecimal patientShare = amount(copay);
        return new InvoiceLine(sessionId, LineRef.parse(ref), psychologist, patient, InsurerCode.parse(mutuality),
                LocalDate.parse(day), Pseudocode.parse(pseudocode), insurerShare.add(patientShare), insurerShare,
                patientShare, null, null, null);
    }

    /** The same batch holding other lines. */
    public static InvoiceBatch withLines(InvoiceBatch batch, List<InvoiceLine> lines) {
        return new InvoiceBatch(batch.batchNumber(), batch.insurerId(), batch.serviceMonth(), batch.createdOn(),
                batch.sender(), lines, batch.testMode());
    }

    public static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }

    private static InvoiceLine group(long sessionId, String ref, Niss patient, String mutuality, String share) {
        BigDecimal insurerShare = amount(share);
        BigDecimal copay = amount("2.50");
        return new InvoiceLine(sessionId, LineRef.parse(ref), PSYCHOLOGIST_B, patient, InsurerCode.parse(mutuality),
                LocalDate.parse("2025-03-20"), Pseudocode.parse("792514"), insurerShare.add(copay), insurerShare,
                copay, 4, null, null);
    }
}
