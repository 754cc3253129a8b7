package be.psygate.billing.returns.efact;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each part of an answer gives the error code after each of its zones, its own and those it shares with a sending,
 * by the name the messages give the zone, in the order of the layout.
 */
class ErrorCodeZonesTest {

    @Test
    void segment200NamesTheZonesItSharesWithASending() {
        Segment200Message segment = new Segment200Message();
        segment.statusError = 12;

        assertThat(segment.errorCodes()).containsExactly(entry("the message type", 0),
                entry("the format version", 0), entry("the environment", 0), entry("the status", 12),
                entry("the sender's reference", 0), entry("the insurer's reference", 0));
    }

    @Test
    void segment300AddsTheRefusalHeaderAfterTheZonesItSharesWithASending() {
        assertThat(new Segment300Sending().errorCodes().keySet()).containsExactly("the invoicing month",
                "the sending number", "the creation date", "the invoice reference", "the instructions version",
                "the contact name", "the contact first name", "the contact phone", "the invoice type",
                "the type of invoicing", "the percentage of errors", "the refusal type", "the insurer");
    }

    @Test
    void record91AddsTheSettlementAfterTheTotalsItSharesWithRecords95And96() {
        Record91Settlement record = new Record91Settlement();
        record.refusedCError = 3;

        assertThat(record.errorCodes().keySet()).containsExactly("the record type", "the mutuality",
                "the summary invoice number", "the amount requested on account A",
                "the amount requested on account B", "the amount requested on accounts A, B and C",
                "the number of records", "the control number", "the amount accepted on account A",
                "the amount refused on account A", "the amount accepted on account B",
                "the amount refused on account B", "the amount accepted on accounts A, B and C",
                "the amount refused on accounts A, B and C", "the payment reference of account A",
                "the payment reference of account B", "the amount requested on account C",
                "the amount accepted on account C", "the amount refused on account C",
                "the payment reference of account C");
        assertThat(record.errorCodes()).containsEntry("the amount refused on account C", 3)
                .containsEntry("the amount accepted on account C", 0);
    }

    @Test
    void theMessageAcknowledgedHasOneErrorCode() {
        assertThat(new AcknowledgedMessage().errorCodes()).containsExactly(entry("the message acknowledged", 0));
    }

    private static Map.Entry<String, Integer> entry(String zone, int code) {
        return Map.entry(zone, code);
    }
}
