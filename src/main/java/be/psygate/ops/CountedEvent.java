package be.psygate.ops;

import be.psygate.ledger.FileMode;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An event of the operators' topic as the metrics read it back (route {@code ops-event-metrics}): its type and the
 * fields of {@link OpsEvent}'s records that a counter uses, by the same names; the other fields are passed over and a
 * field an event does not have is absent (null, or 0 for a count).
 *
 * @param type              every event's type, e.g. {@code FILE_PROCESSED}
 * @param mode              {@link OpsEvent.FileAnswered#mode()}
 * @param accepted          {@link OpsEvent.FileAnswered#accepted()}
 * @param rejectedByReason  {@link OpsEvent.FileAnswered#rejectedByReason()}: present when the list was read just now
 * @param insurerShare      {@link OpsEvent.FileAnswered#insurerShare()}
 * @param insurer           {@link OpsEvent.BatchDelivery#insurer()}, {@link OpsEvent.ReturnTaken#insurer()}
 * @param totalInsurerShare {@link OpsEvent.BatchDelivery#totalInsurerShare()}
 * @param kind              {@link OpsEvent.ReturnTaken#kind()}
 * @param transfers         {@link OpsEvent.PaymentRun#transfers()}
 * @param total             {@link OpsEvent.PaymentRun#total()}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CountedEvent(String type, FileMode mode, int accepted, Map<String, Integer> rejectedByReason,
                           BigDecimal insurerShare, String insurer, BigDecimal totalInsurerShare, String kind,
                           int transfers, BigDecimal total) {
}
