package be.psygate.payments;

import be.psygate.payments.sepa.BankEntry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence rules, case by case, on entries built by hand. */
class BankEvidenceTest {

    private static final String HOSPITAL = "BE88363000000141";
    private static final String REF = "300-000000000803-319";

    private static BankEntry credit(String account, String amount, String currency) {
        return new BankEntry("statement 1, entry 1", account, new BigDecimal(amount), currency, true, true, false,
                LocalDate.of(2025, 7, 21), "B1", "Solidaris", null, List.of(REF), null, null, null);
    }

    private static BankEntry texts(String structured, List<String> ustrd, String additional, String endToEnd) {
        return new BankEntry("statement 1, entry 1", HOSPITAL, new BigDecimal("66.10"), "EUR", true, true, false,
                LocalDate.of(2025, 7, 21), null, null, structured, ustrd, additional, endToEnd, null);
    }

    @Test
    void aBookedEuroCreditOnTheHospitalsAccountIsRead() {
        assertThat(BankEvidence.setAside(credit(HOSPITAL, "66.10", "EUR"), HOSPITAL)).isEmpty();
        assertThat(BankEvidence.setAside(credit("BE88 3630 0000 0141", "66.10", "EUR"), HOSPITAL)).isEmpty();
    }

    @Test
    void aCreditOnAnotherAccountIsSetAside() {
        assertThat(BankEvidence.setAside(credit("BE71096123456769", "0.01", "EUR"), HOSPITAL))
                .get().extracting(BankEvidence.Screening::decision).isEqualTo(CreditDecision.OTHER_ACCOUNT);
        assertThat(BankEvidence.setAside(credit(null, "66.10", "EUR"), HOSPITAL))
                .get().extracting(BankEvidence.Screening::decision).isEqualTo(CreditDecision.OTHER_ACCOUNT);
    }

    @Test
    void aCreditInAnotherCurrencyIsSetAside() {
        assertThat(BankEvidence.setAside(credit(HOSPITAL, "66.10", "USD"), HOSPITAL))
                .get().extracting(BankEvidence.Screening::decision).isEqualTo(CreditDecision.OTHER_CURRENCY);
    }

    @Test
    void aCreditOfNoAmountIsSetAside() {
        assertThat(BankEvidence.setAside(credit(HOSPITAL, "0.00", "EUR"), HOSPITAL))
                .get().extracting(BankEvidence.Screening::decision).isEqualTo(CreditDecision.ZERO_AMOUNT);
    }

    @Test
    void debitsReversalsPendingAndUnreadableEntriesAreSetAside() {
        BankEntry c = credit(HOSPITAL, "66.10", "EUR");
        BankEntry debit = new BankEntry(c.label(), HOSPITAL, c.amount(), "EUR", false, true, false, c.date(), null,
                null, null, List.of(REF), null, null, null);
        BankEntry reversal = new BankEntry(c.label(), HOSPITAL, c.amount(), "EUR", true, true, true, c.date(), null,
                null, null, List.of(REF), null, null, null);
        BankEntry pending = new BankEntry(c.label(), HOSPITAL, c.amount(), "EUR", true, false, false, c.date(), null,
                null, null, List.of(REF), null, null, null);
        BankEntry batch = new BankEntry(c.label(), HOSPITAL, c.amount(), "EUR", true, true, false, c.date(), null,
                null, null, List.of(), null, null, "a batch of 66.10 whose transactions add up to 60.00");
        assertThat(List.of(debit, reversal, pending, batch))
                .map(e -> BankEvidence.setAside(e, HOSPITAL).orElseThrow().decision())
                .containsExactly(CreditDecision.DEBIT, CreditDecision.REVERSAL, CreditDecision.NOT_BOOKED,
                        CreditDecision.UNREADABLE);
        assertThat(List.of(CreditDecision.DEBIT, CreditDecision.REVERSAL, CreditDecision.NOT_BOOKED,
                CreditDecision.UNREADABLE, CreditDecision.OTHER_ACCOUNT, CreditDecision.OTHER_CURRENCY,
                CreditDecision.ZERO_AMOUNT)).allMatch(CreditDecision::setAside);
    }

    @Test
    void theReferenceIsFoundInEachPlaceBanksPutIt() {
        List<String> announced = List.of(REF);
        assertThat(BankEvidence.referencesIn(BankEvidence.texts(texts(REF, List.of(), null, null)), announced))
                .containsExactly(REF);
        assertThat(BankEvidence.referencesIn(BankEvidence.texts(texts(null, List.of("Remb. " + REF), null, null)),
                announced)).containsExactly(REF);
        assertThat(BankEvidence.referencesIn(BankEvidence.texts(
                texts(null, List.of(), "Virement Solidaris " + REF, null)), announced)).containsExactly(REF);
        assertThat(BankEvidence.referencesIn(BankEvidence.texts(texts(null, List.of(), null, REF)), announced))
                .containsExactly(REF);
    }

    @Test
    void aReferenceSplitOverTwoUstrdLinesIsJoinedWithoutASpace() {
        BankEntry split = texts(null, List.of("Remboursement 300-0000000", "00803-319"), null, null);

        assertThat(BankEvidence.texts(split)).contains("Remboursement 300-000000000803-319");
        assertThat(BankEvidence.carries(BankEvidence.texts(split), REF)).isTrue();
    }

    @Test
    void theReferenceMustBeAWholeToken() {
        assertThat(BankEvidence.carries(List.of("X" + REF), REF)).isFalse();
        assertThat(BankEvidence.carries(List.of(REF + "0"), REF)).isFalse();
        assertThat(BankEvidence.carries(List.of("1" + REF + " and " + REF + "9"), REF)).isFalse();
        assertThat(BankEvidence.carries(List.of("ref:" + REF + "."), REF)).isTrue();
        assertThat(BankEvidence.carries(List.of("1" + REF + " then " + REF), REF)).isTrue();
    }

    @Test
    void notProvidedIsNoReference() {
        BankEntry none = texts("NOTPROVIDED", List.of("NOTPROVIDED"), "NOTPROVIDED", "NOTPROVIDED");

        assertThat(BankEvidence.texts(none)).isEmpty();
        assertThat(BankEvidence.isReference("NOTPROVIDED")).isFalse();
        assertThat(BankEvidence.carries(List.of("NOTPROVIDED"), "NOTPROVIDED")).isFalse();
    }

    @Test
    void aCreditCarryingTwoAnnouncedReferencesNamesBoth() {
        String other = "300-000000000804-319";
        assertThat(BankEvidence.referencesIn(List.of(REF + " " + other), List.of(REF, other)))
                .containsExactly(REF, other);
    }

    @Test
    void lessThanAnnouncedIsShortMoreIsOverpaid() {
        BigDecimal announced = new BigDecimal("66.10");
        assertThat(BankEvidence.coverage(announced, new BigDecimal("66.09"))).isEqualTo(CreditDecision.SHORT);
        assertThat(BankEvidence.coverage(announced, new BigDecimal("66.1"))).isEqualTo(CreditDecision.MATCHED);
        assertThat(BankEvidence.coverage(announced, new BigDecimal("66.11"))).isEqualTo(CreditDecision.OVERPAID);
    }
}
