package be.psygate.reconciliation;

import be.psygate.billing.returns.ReturnLine;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.ledger.AccountLedger.InsurerWord;
import be.psygate.ledger.EntryLedger.OwedEntry;
import be.psygate.money.account.Entry;
import be.psygate.money.account.EntryKind;
import be.psygate.money.account.SessionState;
import be.psygate.reconciliation.ReturnLedger.BatchSession;
import be.psygate.reconciliation.ReturnLedger.NewReturnLine;
import be.psygate.reconciliation.ReturnLedger.SessionEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The money's heart: an insurer's settlement of a batch, case by case, without a database. A session's insurer share
 * is 66.10, so tranche 1 (paid on acceptance) is 59.49 and what the psychologist is owed in the end is what the
 * insurer paid.
 */
class SettlementTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final InsurerCode MUTUALITY = InsurerCode.parse("100");
    private static final String PAYMENT_REF = "100-7-116";
    private static final long RETURN_ID = 9;
    private static final LocalDate ANSWERED = LocalDate.of(2025, 7, 1);
    private static final BigDecimal SHARE = new BigDecimal("66.10");

    private static final BatchSession FIRST = session(1, "REF-1", "91234537770");
    private static final BatchSession SECOND = session(2, "REF-2", "91234537770");
    private static final BatchSession OTHER_PRACTICE = session(3, "REF-1", "91234636770");

    private static BatchSession session(long id, String ref, String practice) {
        return new BatchSession(id, ref, practice, SHARE, Instant.parse("2025-04-02T08:00:00Z"));
    }

    private static Settlement settle(Map<Long, List<SessionEvent>> history, boolean waitForBank,
                                     ReturnLine... lines) {
        return new Settlement(RETURN_ID, ANSWERED, List.of(FIRST, SECOND, OTHER_PRACTICE), history,
                Map.of(MUTUALITY, PAYMENT_REF), waitForBank, BRUSSELS).apply(List.of(lines));
    }

    private static Settlement settle(ReturnLine... lines) {
        return settle(Map.of(), false, lines);
    }

    /** Settles the lines when the first session's history holds one earlier event. */
    private static Settlement settleAfter(SessionEvent earlierOnFirst, ReturnLine... lines) {
        return settle(Map.of(FIRST.id(), List.of(earlierOnFirst)), false, lines);
    }

    private static SessionEvent earlierPayment(String amount, LocalDate on) {
        return new SessionEvent("PAID", new BigDecimal(amount), null, on);
    }

    private static SessionEvent earlierRefusal(LocalDate on) {
        return new SessionEvent("REFUSED", null, "R000412", on);
    }

    private static ReturnLine paid(BatchSession s, String amount) {
        return ReturnLine.accepted(s.id(), LineRef.parse(s.lineRef()), MUTUALITY, new BigDecimal(amount));
    }

    private static ReturnLine refused(BatchSession s) {
        return ReturnLine.refused(s.id(), LineRef.parse(s.lineRef()), MUTUALITY, "R000412", "Insurability not open");
    }

    private static List<String> outcomes(Settlement settlement) {
        return settlement.returnLines().stream().map(l -> l.outcome().name()).toList();
    }

    private static BigDecimal sum(List<OwedEntry> entries) {
        return entries.stream().map(e -> e.entry().amount()).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    @Nested
    class Paid {

        @Test
        void inFullOwesTranche2TheRestOfTheShareConfirmedAtOnce() {
            Settlement s = settle(paid(FIRST, "66.10"));

            assertThat(outcomes(s)).containsExactly("PAID");
            assertThat(s.entries()).containsExactly(new OwedEntry("91234537770",
                    new Entry(1, 2, EntryKind.TRANCHE_2, new BigDecimal("6.61"), LocalDate.of(2025, 8, 1)),
                    PAYMENT_REF, true));
            assertThat(s.words()).containsExactly(new InsurerWord(1, SessionState.PAID, new BigDecimal("66.10"), null,
                    PAYMENT_REF));
            assertThat(s.count(ReturnLineOutcome.PAID)).isEqualTo(1);
            assertThat(s.matched()).isEqualTo(1);
        }

        @Test
        void inFullWithReleaseByTheBankKeepsTranche2WaitingForIt() {
            Settlement s = settle(Map.of(), true, paid(FIRST, "66.10"));

            assertThat(s.entries()).singleElement().satisfies(e -> {
                assertThat(e.entry().kind()).isEqualTo(EntryKind.TRANCHE_2);
                assertThat(e.confirmed()).isFalse();
            });
        }

        @Test
        void theReturnLineCarriesTheAmountThePaymentReferenceAndTheAnswersDate() {
            NewReturnLine line = settle(paid(FIRST, "66.10")).returnLines().get(0);

            assertThat(line).isEqualTo(new NewReturnLine(RETURN_ID, 1L, "REF-1", ReturnLineOutcome.PAID,
                    new BigDecimal("66.10"), null, null, PAYMENT_REF, ANSWERED));
        }
    }

    @Nested
    class Partial {

        @ParameterizedTest(name = "{0} paid: {1} {2}")
        @CsvSource({"30.00, CLAWBACK, -29.49", "60.00, TRANCHE_2, 0.51"})
        void belowTranche1ClawsTheDifferenceBackAndAboveItOwesTheDifference(String amount, EntryKind kind,
                                                                            String difference) {
            Settlement s = settle(paid(FIRST, amount));

            assertThat(outcomes(s)).containsExactly("PAID");
            assertThat(s.entries()).singleElement().satisfies(e -> {
                assertThat(e.entry().kind()).isEqualTo(kind);
                assertThat(e.entry().amount()).isEqualByComparingTo(difference);
            });
            assertThat(s.words()).containsExactly(new InsurerWord(1, SessionState.PARTLY_PAID,
                    new BigDecimal(amount), null, PAYMENT_REF));
        }

        @Test
        void aSecondPaymentOfTheRestOwesItAndThePsychologistEndsWithTheShare() {
            Settlement s = settleAfter(earlierPayment("30.00", LocalDate.of(2025, 6, 1)), paid(FIRST, "36.10"));

            assertThat(s.entries()).singleElement().satisfies(e -> {
                assertThat(e.entry().number()).isEqualTo(3);
                assertThat(e.entry().amount()).isEqualByComparingTo("36.10");
            });
            assertThat(s.words()).singleElement().extracting(InsurerWord::state).isEqualTo(SessionState.PAID);
            // tranche 1 (59.49), the clawback after the first payment (-29.49) and this one: 66.10 in all
            assertThat(new BigDecimal("59.49").add(new BigDecimal("-29.49")).add(sum(s.entries())))
                    .isEqualByComparingTo("66.10");
        }
    }

    @Nested
    class Refused {

        @Test
        void clawsTranche1BackWithoutAPaymentReference() {
            Settlement s = settle(refused(FIRST));

            assertThat(outcomes(s)).containsExactly("REFUSED");
            assertThat(s.entries()).containsExactly(new OwedEntry("91234537770",
                    new Entry(1, 2, EntryKind.CLAWBACK, new BigDecimal("-59.49"), LocalDate.of(2025, 8, 1)),
                    null, true));
            assertThat(s.words()).containsExactly(new InsurerWord(1, SessionState.REFUSED, new BigDecimal("0.00"),
                    "R000412", null));
            assertThat(s.returnLines().get(0).errorText()).isEqualTo("Insurability not open");
            assertThat(s.count(ReturnLineOutcome.REFUSED)).isEqualTo(1);
        }

        @Test
        void afterAPartialPaymentRefusesTheRestAndOwesNothingMore() {
            Settlement s = settleAfter(earlierPayment("30.00", LocalDate.of(2025, 6, 1)), refused(FIRST));

            assertThat(outcomes(s)).containsExactly("REFUSED");
            assertThat(s.entries()).isEmpty();
            assertThat(s.words()).containsExactly(new InsurerWord(1, SessionState.REFUSED, new BigDecimal("30.00"),
                    "R000412", null));
        }
    }

    @Nested
    class Unknown {

        @Test
        void aLineOfNoSessionOfTheBatchIsRecordedAndChangesNothing() {
            ReturnLine stranger = ReturnLine.accepted(99, LineRef.parse("NOT-OURS"), MUTUALITY,
                    new BigDecimal("66.10"));

            Settlement s = settle(stranger);

            assertThat(s.returnLines()).containsExactly(new NewReturnLine(RETURN_ID, null, "NOT-OURS",
                    ReturnLineOutcome.UNKNOWN_REFERENCE, new BigDecimal("66.10"), null, null, null, ANSWERED));
            assertThat(s.entries()).isEmpty();
            assertThat(s.words()).isEmpty();
            assertThat(s.count(ReturnLineOutcome.UNKNOWN_REFERENCE)).isEqualTo(1);
            assertThat(s.matched()).isZero();
        }

        @Test
        void aWrongSessionNumberIsMatchedByALineReferenceOnlyOneSessionOfTheBatchHolds() {
            ReturnLine byRef = ReturnLine.accepted(99, LineRef.parse("REF-2"), MUTUALITY, new BigDecimal("66.10"));

            Settlement s = settle(byRef);

            assertThat(s.words()).singleElement().extracting(InsurerWord::sessionId).isEqualTo(2L);
        }

        @Test
        void aWrongSessionNumberWithALineReferenceTwoPracticesUseMatchesNothing() {
            ReturnLine ambiguous = ReturnLine.accepted(99, LineRef.parse("REF-1"), MUTUALITY,
                    new BigDecimal("66.10"));

            Settlement s = settle(ambiguous);

            assertThat(outcomes(s)).containsExactly("UNKNOWN_REFERENCE");
            assertThat(s.entries()).isEmpty();
            assertThat(s.warnings()).singleElement().asString().contains("session number 99")
                    .doesNotContain("REF-1");
        }
    }

    @Nested
    class Repeated {

        @Test
        void anAnswerReceivedAgainOwesNothingMore() {
            Settlement s = settleAfter(earlierPayment("66.10", ANSWERED), paid(FIRST, "66.10"));

            assertThat(outcomes(s)).containsExactly("REPEATED");
            assertThat(s.entries()).isEmpty();
            assertThat(s.words()).isEmpty();
            assertThat(s.count(ReturnLineOutcome.REPEATED)).isEqualTo(1);
        }

        @Test
        void theSameLineTwiceInOneAnswerCountsOnce() {
            Settlement s = settle(paid(FIRST, "66.10"), paid(FIRST, "66.10"));

            assertThat(outcomes(s)).containsExactly("PAID", "REPEATED");
            assertThat(s.entries()).hasSize(1);
            assertThat(sum(s.entries())).isEqualByComparingTo("6.61");
        }

        @Test
        void aRefusalOfARefusedSessionIsAlreadyKnown() {
            Settlement s = settleAfter(earlierRefusal(LocalDate.of(2025, 6, 1)), refused(FIRST));

            assertThat(outcomes(s)).containsExactly("REPEATED");
            assertThat(s.entries()).isEmpty();
        }
    }

    @Nested
    class OutOfOrder {

        @Test
        void aPaymentAfterARefusalContradictsItAndChangesNothing() {
            Settlement s = settleAfter(earlierRefusal(LocalDate.of(2025, 7, 15)), paid(FIRST, "66.10"));

            assertThat(outcomes(s)).containsExactly("CONTRADICTS");
            assertThat(s.entries()).isEmpty();
            assertThat(s.words()).isEmpty();
            assertThat(s.count(ReturnLineOutcome.CONTRADICTS)).isEqualTo(1);
            assertThat(s.matched()).isEqualTo(1);
            assertThat(s.warnings()).singleElement().asString().contains("session 1");
        }

        @Test
        void aRefusalOfASessionPaidInFullContradictsIt() {
            Settlement s = settleAfter(earlierPayment("66.10", LocalDate.of(2025, 7, 15)), refused(FIRST));

            assertThat(outcomes(s)).containsExactly("CONTRADICTS");
            assertThat(s.entries()).isEmpty();
        }

        @Test
        void aPaymentOfASessionOnceInARefusedBatchIsAnsweredAsUsual() {
            SessionEvent earlier = new SessionEvent("REOPENED", null, "12", LocalDate.of(2025, 5, 1));

            Settlement s = settleAfter(earlier, paid(FIRST, "66.10"));

            assertThat(outcomes(s)).containsExactly("PAID");
            assertThat(sum(s.entries())).isEqualByComparingTo("6.61");
        }

        @Test
        void aLaterEntryIsNeverDueBeforeAnEarlierOne() {
            // the first partial payment's clawback fell due on 1 September; an answer dated earlier pays the rest
            Settlement s = settleAfter(earlierPayment("30.00", LocalDate.of(2025, 8, 1)), paid(FIRST, "36.10"));

            assertThat(s.entries()).singleElement().extracting(e -> e.entry().due())
                    .isEqualTo(LocalDate.of(2025, 9, 1));
        }
    }

    @Test
    void eachLineOfAnAnswerOnSeveralSessionsIsRecordedInItsOrder() {
        ReturnLine stranger = ReturnLine.accepted(99, LineRef.parse("NOT-OURS"), MUTUALITY, new BigDecimal("1.00"));

        Settlement s = settle(refused(SECOND), stranger, paid(FIRST, "66.10"), paid(OTHER_PRACTICE, "66.10"));

        assertThat(outcomes(s)).containsExactly("REFUSED", "UNKNOWN_REFERENCE", "PAID", "PAID");
        assertThat(s.entries()).extracting(e -> e.entry().sessionId()).containsExactly(2L, 1L, 3L);
        assertThat(s.entries()).extracting(OwedEntry::practiceInami)
                .containsExactly("91234537770", "91234537770", "91234636770");
        assertThat(s.matched()).isEqualTo(3);
        assertThat(s.count(ReturnLineOutcome.UNKNOWN_REFERENCE)).isEqualTo(1);
    }
}
