package be.psygate.reconciliation;

import be.psygate.reconciliation.ReturnLedger.BatchSession;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An answer line is matched to its session by the session number, else by a line reference only one holds. */
class AnswerLineMatcherTest {

    private static final BatchSession FIRST = session(1001, "REF-A", "12345678901");
    private static final BatchSession SECOND = session(1002, "REF-B", "12345678901");
    private static final BatchSession SHARED_BY_ONE = session(1003, "SHARED", "12345678901");
    private static final BatchSession SHARED_BY_OTHER = session(1004, "SHARED", "10987654321");

    private final AnswerLineMatcher matcher = new AnswerLineMatcher(
            List.of(FIRST, SECOND, SHARED_BY_ONE, SHARED_BY_OTHER));

    @Test
    void theSessionNumberOfTheBatchWinsOverTheReference() {
        assertThat(matcher.match(1002, "REF-A")).contains(SECOND);
        assertThat(matcher.match(1004, "SHARED")).contains(SHARED_BY_OTHER);
    }

    @Test
    void aNumberTheGatewayDidNotIssueInTheBatchFallsBackOnAReferenceOneSessionHolds() {
        assertThat(matcher.match(987_654_321L, "REF-A")).contains(FIRST);
        assertThat(matcher.match(1, "REF-B")).contains(SECOND);
    }

    @Test
    void aReferenceTwoPracticesOfTheBatchUseMatchesNothing() {
        assertThat(matcher.match(987_654_321L, "SHARED")).isEmpty();
        assertThat(matcher.isAmbiguous("SHARED")).isTrue();
        assertThat(matcher.isAmbiguous("REF-A")).isFalse();
    }

    @Test
    void anUnknownNumberAndReferenceMatchNothing() {
        assertThat(matcher.match(987_654_321L, "NOT-SENT")).isEmpty();
        assertThat(matcher.isAmbiguous("NOT-SENT")).isFalse();
    }

    private static BatchSession session(long id, String lineRef, String practice) {
        return new BatchSession(id, lineRef, practice, new BigDecimal("19.42"), Instant.parse("2025-03-01T10:00:00Z"));
    }
}
