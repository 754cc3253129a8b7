package be.psygate.money;

import static org.assertj.core.api.Assertions.assertThat;

import be.psygate.identity.Inami;
import be.psygate.identity.TestIds;
import be.psygate.money.account.Entry;
import be.psygate.money.account.IllegalReturnException;
import be.psygate.money.account.Outcome;
import be.psygate.money.account.SessionAccount;
import be.psygate.money.account.Transition;
import be.psygate.money.payment.PaymentPlan;
import be.psygate.money.payment.PaymentPlanner;
import be.psygate.money.payment.Transfer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Session accounts and payment runs together, on random histories: six sessions of two practices, each accepted on
 * a list, then the insurer's answers in any order and with any dates (payments in full or in part, several partial
 * payments, refusals before or after payments, batch refusals and re-invoicing, answers received twice, answers that
 * contradict earlier ones) interleaved with payment runs on random dates. What must hold:
 *
 * <ul>
 *   <li>a session's entries add up to tranche 1 until the insurer answers, then to what it paid;</li>
 *   <li>an answer received again, or contradicting what is known, makes no entry;</li>
 *   <li>no entry is ever in two transfers, and a transfer pays every due entry of its practice;</li>
 *   <li>after every run, what a session brought the psychologist is between 0 and the larger of tranche 1 and what
 *       the insurer paid (so never more than the insurer paid plus a pending tranche 1);</li>
 *   <li>once the practice is paid again (a new session paid in full settles any balance carried forward), every
 *       session brought the psychologist exactly what the insurer paid, or tranche 1 if it has not answered.</li>
 * </ul>
 */
class MoneyPropertiesTest {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final int SESSIONS = 6;
    private static final List<Inami> PRACTICES = List.of(Inami.parse(TestIds.inami("123456", "790")),
            Inami.parse(TestIds.inami("234567", "790")));
    private static final List<String> SHARES = List.of("66.10", "73.10", "77.10", "46.27", "0.05", "231.32");
    /** Larger than the tranches 1 of three sessions: its own tranche 1 outweighs any balance carried forward. */
    private static final BigDecimal LATER_SESSION_SHARE = new BigDecimal("1000.00");

    private final PaymentPlanner planner = new PaymentPlanner();

    sealed interface Action permits Answer, Repeat, Run {
    }

    enum AnswerKind { PAY, REFUSE, REOPEN }

    /** An answer of the insurer; percent 0 pays what is left of the insurer share, 1 to 100 that share of it. */
    record Answer(int session, AnswerKind kind, int percent, int day) implements Action {
    }

    /** The same answer as an earlier one, picked by {@code pick} modulo the answers so far. */
    record Repeat(int pick) implements Action {
    }

    record Run(int day) implements Action {
    }

    record Scenario(List<String> shares, List<Integer> listDays, List<Action> actions) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<AnswerKind> kinds = Arbitraries.frequency(
                Tuple.of(6, AnswerKind.PAY), Tuple.of(2, AnswerKind.REFUSE), Tuple.of(2, AnswerKind.REOPEN));
        Arbitrary<Integer> percents = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0)), Tuple.of(2, Arbitraries.just(100)),
                Tuple.of(4, Arbitraries.integers().between(1, 99)));
        Arbitrary<Action> answer = Combinators.combine(Arbitraries.integers().between(0, SESSIONS - 1), kinds,
                percents, Arbitraries.integers().between(0, 150)).as(Answer::new);
        Arbitrary<Action> repeat = Arbitraries.integers().between(0, 1000).map(Repeat::new);
        Arbitrary<Action> run = Arbitraries.integers().between(0, 200).map(Run::new);
        Arbitrary<Action> action = Arbitraries.frequencyOf(Tuple.of(6, answer), Tuple.of(2, repeat), Tuple.of(2, run));
        return Combinators.combine(
                Arbitraries.of(SHARES).list().ofSize(SESSIONS),
                Arbitraries.integers().between(0, 40).list().ofSize(SESSIONS),
                action.list().ofMaxSize(40)).as(Scenario::new);
    }

    @Property(tries = 500)
    void psychologistsReceiveExactlyWhatTheInsurerPaid(@ForAll("scenarios") Scenario scenario) {
        Ledger ledger = new Ledger();
        for (int i = 0; i < SESSIONS; i++) {
            ledger.open(i, new BigDecimal(scenario.shares().get(i)), START.plusDays(scenario.listDays().get(i)));
        }
        List<ResolvedAnswer> answered = new ArrayList<>();
        for (Action action : scenario.actions()) {
            if (action instanceof Answer answer) {
                ResolvedAnswer resolved = ledger.resolve(answer);
                answered.add(resolved);
                ledger.give(resolved, false);
            } else if (action instanceof Repeat repeat && !answered.isEmpty()) {
                ledger.give(answered.get(repeat.pick() % answered.size()), true);
            } else if (action instanceof Run run) {
                ledger.run(START.plusDays(run.day()));
            }
        }

        LocalDate lastRun = START.plusYears(2);
        ledger.run(lastRun);
        Statistics.label("practices owing after the last run").collect(ledger.carriedForward.size());
        for (Inami practice : List.copyOf(ledger.carriedForward.keySet())) {
            ledger.openLaterSession(practice, lastRun);
        }
        ledger.run(lastRun.plusMonths(2));

        assertThat(ledger.carriedForward).isEmpty();
        for (long session = 0; session < SESSIONS; session++) {
            SessionAccount account = ledger.accounts.get(session);
            BigDecimal expected =
                    account.state().insurerAnswered() ? ledger.insurerPaid.get(session) : account.tranche1();
            assertThat(ledger.received.get(session)).as("received for %s", account).isEqualByComparingTo(expected);
        }
    }

    /** An answer with its amount and date worked out, as the insurer sends it (and may send it again). */
    record ResolvedAnswer(long session, AnswerKind kind, BigDecimal amount, LocalDate recorded) {
    }

    /** The hospital's books in the test: accounts, entries, unpaid entries per practice, transfers made. */
    private final class Ledger {

        final Map<Long, SessionAccount> accounts = new HashMap<>();
        final Map<Long, List<Entry>> entries = new HashMap<>();
        final Map<Long, Inami> practiceOf = new HashMap<>();
        final Map<Inami, List<Entry>> unpaid = new LinkedHashMap<>();
        final Map<Long, BigDecimal> received = new HashMap<>();
        /** The insurer's payments the accounts took, as the test counts them. */
        final Map<Long, BigDecimal> insurerPaid = new HashMap<>();
        final Set<Entry.Key> paid = new HashSet<>();
        Map<Inami, BigDecimal> carriedForward = Map.of();

        void open(long session, BigDecimal share, LocalDate listReceived) {
            openFor(session, PRACTICES.get((int) (session % PRACTICES.size())), share, listReceived);
        }

        void openLaterSession(Inami practice, LocalDate day) {
            long session = accounts.size();
            openFor(session, practice, LATER_SESSION_SHARE, day);
            give(new ResolvedAnswer(session, AnswerKind.PAY, LATER_SESSION_SHARE, day), false);
        }

        private void openFor(long session, Inami practice, BigDecimal share, LocalDate listReceived) {
            practiceOf.put(session, practice);
            unpaid.computeIfAbsent(practice, p -> new ArrayList<>());
            received.put(session, Amounts.ZERO);
            insurerPaid.put(session, Amounts.ZERO);
            entries.put(session, new ArrayList<>());
            Transition opened = SessionAccount.accepted(session, share, listReceived);
            assertThat(opened.entries()).hasSize(1);
            record(opened);
        }

        ResolvedAnswer resolve(Answer answer) {
            SessionAccount account = accounts.get((long) answer.session());
            BigDecimal share = account.insurerShare();
            BigDecimal amount = switch (answer.percent()) {
                case 0 -> share.subtract(account.paidByInsurer()).signum() > 0
                        ? share.subtract(account.paidByInsurer()) : share;
                default -> Amounts.rounded(share.multiply(BigDecimal.valueOf(answer.percent())).movePointLeft(2))
                        .max(new BigDecimal("0.01"));
            };
            return new ResolvedAnswer(answer.session(), answer.kind(), amount, START.plusDays(answer.day()));
        }

        void give(ResolvedAnswer answer, boolean again) {
            SessionAccount before = accounts.get(answer.session());
            Transition transition;
            try {
                transition = switch (answer.kind()) {
                    case PAY -> before.paid(answer.amount(), answer.recorded());
                    case REFUSE -> before.refused("R" + answer.session(), answer.recorded());
                    case REOPEN -> before.reopened();
                };
            } catch (IllegalReturnException contradiction) {
                assertThat(contradiction.account().state()).isEqualTo(before.state());
                Statistics.label("answers").collect("illegal");
                return;
            }
            Statistics.label("answers").collect(transition.outcome());
            if (again) {
                assertThat(transition.outcome()).as("%s received again", answer).isEqualTo(Outcome.ALREADY_KNOWN);
            }
            if (transition.outcome() == Outcome.ALREADY_KNOWN) {
                assertThat(transition.entries()).isEmpty();
                assertThat(transition.account()).isSameAs(before);
                return;
            }
            if (answer.kind() == AnswerKind.PAY) {
                insurerPaid.merge(answer.session(), answer.amount(), BigDecimal::add);
            }
            record(transition);
        }

        private void record(Transition transition) {
            SessionAccount account = transition.account();
            long session = account.sessionId();
            List<Entry> own = entries.get(session);
            for (Entry entry : transition.entries()) {
                assertThat(entry.number()).isEqualTo(own.size() + 1);
                if (!own.isEmpty()) {
                    assertThat(entry.due()).isAfterOrEqualTo(own.get(own.size() - 1).due());
                }
                own.add(entry);
                unpaid.get(practiceOf.get(session)).add(entry);
            }
            accounts.put(session, account);
            BigDecimal sum = Amounts.sum(own.stream().map(Entry::amount).toList());
            BigDecimal expected = account.state().insurerAnswered() ? insurerPaid.get(session) : account.tranche1();
            assertThat(sum).as("entries of %s", account).isEqualByComparingTo(expected)
                    .isEqualByComparingTo(account.owed());
            assertThat(account.paidByInsurer()).isEqualByComparingTo(insurerPaid.get(session));
        }

        void run(LocalDate paymentDate) {
            PaymentPlan plan = planner.plan(unpaid, paymentDate);
            for (Transfer transfer : plan.transfers()) {
                assertThat(transfer.amount().signum()).isPositive();
                for (Entry entry : transfer.entries()) {
                    assertThat(paid.add(entry.key())).as("%s paid once", entry).isTrue();
                    assertThat(entry.isDueOn(paymentDate)).isTrue();
                    assertThat(practiceOf.get(entry.sessionId())).isEqualTo(transfer.practiceInami());
                    received.merge(entry.sessionId(), entry.amount(), BigDecimal::add);
                }
                unpaid.get(transfer.practiceInami()).removeAll(transfer.entries());
                assertThat(unpaid.get(transfer.practiceInami())).noneMatch(entry -> entry.isDueOn(paymentDate));
            }
            plan.carriedForward().values().forEach(net -> assertThat(net.signum()).isNotPositive());
            carriedForward = plan.carriedForward();
            for (SessionAccount account : accounts.values()) {
                BigDecimal got = received.get(account.sessionId());
                assertThat(got.signum()).as("received for %s", account).isNotNegative();
                assertThat(got).as("received for %s", account)
                        .isLessThanOrEqualTo(account.tranche1().max(account.paidByInsurer()));
            }
        }
    }
}
