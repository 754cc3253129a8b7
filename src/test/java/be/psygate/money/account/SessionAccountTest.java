package be.psygate.money.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The session account on the figures of the INAMI convention with the mental-health networks (Insurance Committee, 17-12-2018) and the convention (66.10 insurer share, tranche 1 59.49),
 * written as scripts of insurer answers dated in 2023: {@code paid 50.00 03-10} (2023-03-10),
 * {@code refused 001 03-10}, {@code reopened}, separated by {@code ;}. Every session here is accepted on a list
 * received on 2023-01-15, so its tranche 1 is due on 2023-02-15.
 */
class SessionAccountTest {

    private static final LocalDate LIST_RECEIVED = LocalDate.of(2023, 1, 15);
    private static final long SESSION = 42L;

    @ParameterizedTest
    @CsvSource({
        "66.10, 59.49",
        "73.10, 65.79",
        "77.10, 69.39",
        "46.27, 41.64",
        "0.05, 0.05"})
    void opensWithTrancheOneDueAMonthAfterTheListWasReceived(String insurerShare, String tranche1) {
        Transition opened = SessionAccount.accepted(SESSION, new BigDecimal(insurerShare), LIST_RECEIVED);

        assertThat(opened.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(opened.entries()).containsExactly(
                new Entry(SESSION, 1, EntryKind.TRANCHE_1, new BigDecimal(tranche1), LocalDate.of(2023, 2, 15)));
        assertThat(opened.account().state()).isEqualTo(SessionState.INVOICED);
        assertThat(opened.account().owed()).isEqualTo(new BigDecimal(tranche1));
        assertThat(opened.account().paidByInsurer()).isEqualTo(new BigDecimal("0.00"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
        # share | answers, dated MM-DD in 2023 | entries after tranche 1, due MM-DD in 2023 | state
        66.10 | paid 66.10 03-10 | TRANCHE_2 6.61 04-10 | PAID
        73.10 | paid 73.10 03-10 | TRANCHE_2 7.31 04-10 | PAID
        77.10 | paid 77.10 03-31 | TRANCHE_2 7.71 04-30 | PAID
        66.10 | refused 001 03-10 | CLAWBACK -59.49 04-10 | REFUSED
        66.10 | paid 50.00 03-10 | CLAWBACK -9.49 04-10 | PARTLY_PAID
        66.10 | paid 59.49 03-10 | - | PARTLY_PAID
        66.10 | paid 60.00 03-10 | TRANCHE_2 0.51 04-10 | PARTLY_PAID
        66.10 | paid 50.00 03-10; paid 16.10 05-02 | CLAWBACK -9.49 04-10, TRANCHE_2 16.10 06-02 | PAID
        66.10 | paid 60.00 03-10; paid 6.10 05-02 | TRANCHE_2 0.51 04-10, TRANCHE_2 6.10 06-02 | PAID
        66.10 | paid 50.00 03-10; refused 002 05-02 | CLAWBACK -9.49 04-10 | REFUSED
        66.10 | paid 9.00 03-10; paid 9.00 03-11; refused 2 05-02 | CLAWBACK -50.49 04-10, TRANCHE_2 9.00 04-11 | REFUSED
        66.10 | paid 66.10 03-10; paid 66.10 03-10 | TRANCHE_2 6.61 04-10 | PAID
        66.10 | paid 10.00 03-10; paid 10.00 03-10 | CLAWBACK -49.49 04-10 | PARTLY_PAID
        66.10 | refused 001 03-10; refused 001 03-10 | CLAWBACK -59.49 04-10 | REFUSED
        66.10 | refused 001 03-10; refused 009 04-01 | CLAWBACK -59.49 04-10 | REFUSED
        66.10 | reopened | - | REOPENED
        66.10 | reopened; reopened | - | REOPENED
        66.10 | reopened; paid 66.10 04-20 | TRANCHE_2 6.61 05-20 | PAID
        66.10 | reopened; refused 001 04-20 | CLAWBACK -59.49 05-20 | REFUSED
        66.10 | paid 30.00 05-10; paid 36.10 03-01 | CLAWBACK -29.49 06-10, TRANCHE_2 36.10 06-10 | PAID
        66.10 | paid 66.10 01-02 | TRANCHE_2 6.61 02-15 | PAID
        0.05 | paid 0.05 03-10 | - | PAID
        """)
    void recordsTheEntryThatMakesTheSessionAddUpToWhatTheInsurerPaid(String share, String answers,
            String expectedEntries, SessionState expectedState) {
        Transition opened = SessionAccount.accepted(SESSION, new BigDecimal(share), LIST_RECEIVED);
        List<Entry> entries = new ArrayList<>(opened.entries());

        SessionAccount account = play(opened.account(), answers, entries);

        assertThat(entries.subList(1, entries.size())).containsExactlyElementsOf(entries(expectedEntries));
        assertThat(account.state()).isEqualTo(expectedState);
        BigDecimal sum = entries.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(account.owed()).isEqualByComparingTo(sum);
        assertThat(sum).isEqualByComparingTo(
                account.state().insurerAnswered() ? account.paidByInsurer() : account.tranche1());
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # state     | answer                     | result
        INVOICED    | paid 66.10 04-01   | PAID
        INVOICED    | paid 10.00 04-01   | PARTLY_PAID
        INVOICED    | paid 66.11 04-01   | illegal
        INVOICED    | refused 001 04-01  | REFUSED
        INVOICED    | reopened                   | REOPENED
        REOPENED    | paid 66.10 04-01   | PAID
        REOPENED    | paid 10.00 04-01   | PARTLY_PAID
        REOPENED    | refused 001 04-01  | REFUSED
        REOPENED    | reopened                   | already known
        PARTLY_PAID | paid 36.10 04-01   | PAID
        PARTLY_PAID | paid 10.00 04-01   | PARTLY_PAID
        PARTLY_PAID | paid 30.00 03-01   | already known
        PARTLY_PAID | paid 36.11 04-01   | illegal
        PARTLY_PAID | refused 001 04-01  | REFUSED
        PARTLY_PAID | reopened                   | illegal
        PAID        | paid 66.10 03-01   | already known
        PAID        | paid 66.10 04-01   | illegal
        PAID        | paid 0.01 04-01    | illegal
        PAID        | refused 001 04-01  | illegal
        PAID        | reopened                   | illegal
        REFUSED     | paid 66.10 04-01   | illegal
        REFUSED     | refused 001 03-01  | already known
        REFUSED     | refused 002 04-01  | already known
        REFUSED     | reopened                   | illegal
        """)
    void followsTheStateMachine(SessionState from, String answer, String result) {
        SessionAccount account = inState(from);

        if (result.equals("illegal")) {
            assertThatThrownBy(() -> play(account, answer, new ArrayList<>()))
                    .isInstanceOfSatisfying(IllegalReturnException.class, e -> {
                        assertThat(e.account().sessionId()).isEqualTo(SESSION);
                        assertThat(e.account().state()).isEqualTo(from);
                    });
            assertThat(account.state()).isEqualTo(from);
        } else if (result.equals("already known")) {
            Transition transition = apply(account, answer);
            assertThat(transition.outcome()).isEqualTo(Outcome.ALREADY_KNOWN);
            assertThat(transition.entries()).isEmpty();
            assertThat(transition.account()).isSameAs(account);
        } else {
            Transition transition = apply(account, answer);
            assertThat(transition.outcome()).isEqualTo(Outcome.RECORDED);
            assertThat(transition.account().state()).isEqualTo(SessionState.valueOf(result));
        }
    }

    @Test
    void numbersTheEntriesOfASessionInTheOrderTheyWereMade() {
        List<Entry> entries = new ArrayList<>();
        Transition opened = SessionAccount.accepted(SESSION, new BigDecimal("66.10"), LIST_RECEIVED);
        entries.addAll(opened.entries());

        SessionAccount account = play(opened.account(),
                "paid 10.00 03-01; paid 10.00 03-02; paid 46.10 03-03", entries);

        assertThat(entries).extracting(Entry::number).containsExactly(1, 2, 3, 4);
        assertThat(account.entryCount()).isEqualTo(4);
    }

    @Test
    void makesTwoEntriesDistinctByTheirNumberWhenTheyFallDueTheSameDay() {
        List<Entry> entries = new ArrayList<>();
        Transition opened = SessionAccount.accepted(SESSION, new BigDecimal("66.10"), LIST_RECEIVED);
        entries.addAll(opened.entries());

        play(opened.account(), "paid 60.00 01-30; paid 3.00 01-30; paid 3.00 01-31", entries);

        Entry third = entries.get(2);
        Entry fourth = entries.get(3);
        assertThat(List.of(third.kind(), third.amount(), third.due()))
                .isEqualTo(List.of(fourth.kind(), fourth.amount(), fourth.due()))
                .isEqualTo(List.of(EntryKind.TRANCHE_2, new BigDecimal("3.00"), LocalDate.of(2023, 2, 28)));
        assertThat(third).isNotEqualTo(fourth);
        assertThat(third.key()).isNotEqualTo(fourth.key());
    }

    @Test
    void keepsTheRefusalCode() {
        SessionAccount refused = play(inState(SessionState.INVOICED), "refused 123 03-01", new ArrayList<>());

        assertThat(refused.refusalCode()).contains("123");
        assertThat(inState(SessionState.INVOICED).refusalCode()).isEmpty();
    }

    @Test
    void refusesMeaninglessAnswers() {
        SessionAccount account = inState(SessionState.INVOICED);
        LocalDate day = LocalDate.of(2023, 3, 1);

        assertThatThrownBy(() -> account.paid(new BigDecimal("0.00"), day))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.paid(new BigDecimal("-1.00"), day))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.paid(new BigDecimal("1.005"), day))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.refused(" ", day)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SessionAccount.accepted(SESSION, new BigDecimal("0.00"), day))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEntryWhoseSignDoesNotFitItsKind() {
        LocalDate day = LocalDate.of(2023, 3, 1);

        assertThatThrownBy(() -> new Entry(1, 1, EntryKind.TRANCHE_1, new BigDecimal("-1.00"), day))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Entry(1, 2, EntryKind.TRANCHE_2, new BigDecimal("0.00"), day))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Entry(1, 2, EntryKind.CLAWBACK, new BigDecimal("1.00"), day))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Entry(1, 0, EntryKind.TRANCHE_1, new BigDecimal("1.00"), day))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A 66.10 session brought to {@code state}; PARTLY_PAID means 30.00 paid on 2023-03-01. */
    private static SessionAccount inState(SessionState state) {
        SessionAccount invoiced = SessionAccount.accepted(SESSION, new BigDecimal("66.10"), LIST_RECEIVED).account();
        String answers = switch (state) {
            case INVOICED -> "";
            case REOPENED -> "reopened";
            case PARTLY_PAID -> "paid 30.00 03-01";
            case PAID -> "paid 66.10 03-01";
            case REFUSED -> "refused 001 03-01";
        };
        SessionAccount account = play(invoiced, answers, new ArrayList<>());
        assertThat(account.state()).isEqualTo(state);
        return account;
    }

    private static SessionAccount play(SessionAccount account, String answers, List<Entry> entries) {
        SessionAccount current = account;
        for (String answer : answers.split(";")) {
            if (answer.isBlank()) {
                continue;
            }
            Transition transition = apply(current, answer);
            entries.addAll(transition.entries());
            current = transition.account();
        }
        return current;
    }

    private static Transition apply(SessionAccount account, String answer) {
        String[] words = answer.strip().split("\\s+");
        return switch (words[0]) {
            case "paid" -> account.paid(new BigDecimal(words[1]), day(words[2]));
            case "refused" -> account.refused(words[1], day(words[2]));
            case "reopened" -> account.reopened();
            default -> throw new IllegalArgumentException("Unknown answer: " + answer);
        };
    }

    /** A day of 2023 written {@code MM-DD}. */
    private static LocalDate day(String monthDay) {
        return LocalDate.parse("2023-" + monthDay);
    }

    /** Entries after tranche 1, written {@code KIND amount due}, separated by commas; {@code -} for none. */
    private static List<Entry> entries(String text) {
        if (text.equals("-")) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        List<String> items = Arrays.stream(text.split(",")).map(String::strip).toList();
        for (int i = 0; i < items.size(); i++) {
            String[] words = items.get(i).split("\\s+");
            entries.add(new Entry(SESSION, i + 2, EntryKind.valueOf(words[0]), new BigDecimal(words[1]),
                    day(words[2])));
        }
        return entries;
    }
}
