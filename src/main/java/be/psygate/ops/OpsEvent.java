package be.psygate.ops;

import be.psygate.ledger.FileMode;
import be.psygate.ledger.FileStatus;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An event on the operators' topic ({@code psygate.ops.events}): one record per type of README's "Ops events" and
 * "Alerts" tables, written by Jackson as one JSON object whose {@code type} names it and whose fields come in the
 * order written here (the contract's JSON: {@code OpsEventJsonTest} pins every type). Times are ISO instants, amounts
 * plain decimals, both as JSON strings. An event never carries a national number or a patient's name.
 */
public sealed interface OpsEvent {

    /** The event's type, e.g. {@code FILE_PROCESSED}; an alert's starts with {@code ALERT_}. */
    @JsonProperty("type")
    String type();

    /** {@code FILE_PROCESSED}, {@code FILE_CHECKED}, {@code FILE_QUARANTINED}, {@code FILE_DUPLICATE}: one upload answered. */
    @JsonPropertyOrder({"type", "fileId", "practice", "mode", "fileName", "reasonCode", "lines", "accepted",
            "rejected", "rejectedByReason", "insurerShare", "answer", "at"})
    record FileAnswered(@JsonIgnore FileStatus status, Long fileId, String practice, FileMode mode, String fileName,
                        String reasonCode, int lines, int accepted, int rejected,
                        @JsonInclude(JsonInclude.Include.NON_NULL) SortedMap<String, Integer> rejectedByReason,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonSerialize(using = PlainDecimal.class)
                        BigDecimal insurerShare,
                        String answer, @JsonSerialize(using = ToStringSerializer.class) Instant at)
            implements OpsEvent {
        /**
         * @param rejectedByReason the rejected lines by reason code when the list was read just now, with the
         *                         insurer share accepted; both absent when nothing was read (an answer written again,
         *                         a file refused as a whole)
         */
        public FileAnswered {
            rejectedByReason = rejectedByReason == null ? null : new TreeMap<>(rejectedByReason);
        }

        @Override
        public String type() {
            return "FILE_" + status.name();
        }
    }

    /** What became of an invoice batch's delivery. */
    enum Delivery { BATCH_DELIVERED, BATCH_DELIVERY_FAILED }

    /** {@code BATCH_DELIVERED}, {@code BATCH_DELIVERY_FAILED} ({@code error} only then). */
    @JsonPropertyOrder({"type", "batchId", "insurer", "serviceMonth", "format", "channel", "fileName", "lines",
            "totalInsurerShare", "attempts", "error", "at"})
    record BatchDelivery(@JsonIgnore Delivery delivery, long batchId, String insurer,
                         @JsonSerialize(using = ToStringSerializer.class) YearMonth serviceMonth, String format,
                         String channel, String fileName, int lines,
                         @JsonSerialize(using = PlainDecimal.class) BigDecimal totalInsurerShare, int attempts,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String error,
                         @JsonSerialize(using = ToStringSerializer.class) Instant at) implements OpsEvent {
        @Override
        public String type() {
            return delivery.name();
        }
    }

    /** What an insurer's answer came to. */
    enum ReturnOutcome { RETURN_APPLIED, RETURN_REPEATED, RETURN_UNMATCHED }

    /**
     * {@code RETURN_APPLIED}, {@code RETURN_REPEATED}, {@code RETURN_UNMATCHED}: an insurer's answer taken in. A refusal
     * of the file tells {@code reopenedSessions}; a settlement its counts; the other fields are absent otherwise.
     */
    @JsonPropertyOrder({"insurer", "batchId", "kind", "fileName", "type", "reopenedSessions", "paid", "refused",
            "repeated", "unknownReferences", "contradicting", "releasedByBank", "at"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReturnTaken(String insurer, long batchId, String kind, String fileName, @JsonIgnore ReturnOutcome outcome,
                       Integer reopenedSessions, Integer paid, Integer refused, Integer repeated,
                       Integer unknownReferences, Integer contradicting, Integer releasedByBank,
                       @JsonSerialize(using = ToStringSerializer.class) Instant at) implements OpsEvent {

        /** An answer that settles nothing (a receipt, a repeated or unmatched answer, provisional errors). */
        public static ReturnTaken of(String insurer, long batchId, String kind, String fileName,
                                     ReturnOutcome outcome, Instant at) {
            return new ReturnTaken(insurer, batchId, kind, fileName, outcome, null, null, null, null, null, null,
                    null, at);
        }

        /** The answer with the sessions a refused file put back to be invoiced again. */
        public ReturnTaken reopened(int sessions) {
            return new ReturnTaken(insurer, batchId, kind, fileName, outcome, sessions, null, null, null, null, null,
                    null, at);
        }

        /** The answer with what a settlement did to the batch's sessions. */
        public ReturnTaken settled(Settlement s) {
            return new ReturnTaken(insurer, batchId, kind, fileName, outcome, null, s.paid(), s.refused(),
                    s.repeated(), s.unknownReferences(), s.contradicting(), s.releasedByBank(), at);
        }

        @Override
        public String type() {
            return outcome.name();
        }

        /** What a settlement did: sessions paid, refused, repeated, unknown, contradicting, tranches released. */
        public record Settlement(int paid, int refused, int repeated, int unknownReferences, int contradicting,
                                 int releasedByBank) {
        }
    }

    /** {@code PAYMENT_RUN}: a payment run made its transfers. */
    @JsonPropertyOrder({"type", "runId", "transfers", "total", "file", "carriedForward", "at"})
    record PaymentRun(long runId, int transfers, @JsonSerialize(using = PlainDecimal.class) BigDecimal total,
                      String file, int carriedForward, @JsonSerialize(using = ToStringSerializer.class) Instant at)
            implements OpsEvent {
        @Override
        public String type() {
            return "PAYMENT_RUN";
        }
    }

    /** The {@code BANK_STATEMENT} events: a bank file read, refused or recognised as read before. */
    sealed interface BankFile extends OpsEvent {
        @Override
        default String type() {
            return "BANK_STATEMENT";
        }
    }

    /** A bank file read, not refused: said so in its {@code refused} and {@code duplicate} fields. */
    sealed interface BankFileRead extends BankFile {
        @JsonProperty("refused")
        default boolean refused() {
            return false;
        }

        /** Whether the file was read before (then it is counted nowhere). */
        @JsonProperty("duplicate")
        default boolean duplicate() {
            return false;
        }
    }

    /** A camt statement or notification read. */
    @JsonPropertyOrder({"type", "fileName", "message", "version", "refused", "duplicate", "entries", "setAside",
            "setAsideNotes", "credits", "matched", "short", "unmatched", "repeated", "released", "returned", "at"})
    record StatementRead(String fileName, String message, String version, int entries, int setAside,
                         List<String> setAsideNotes, int credits, int matched, @JsonProperty("short") int shortPaid,
                         int unmatched, int repeated, int released, int returned,
                         @JsonSerialize(using = ToStringSerializer.class) Instant at) implements BankFileRead {
        public StatementRead {
            setAsideNotes = List.copyOf(setAsideNotes);
        }
    }

    /** A pain.002 status report read. */
    @JsonPropertyOrder({"type", "fileName", "message", "version", "refused", "duplicate", "originalMessageId", "ours",
            "groupStatus", "rejected", "accepted", "unknown", "returned", "at"})
    record StatusReportRead(String fileName, String version, String originalMessageId, boolean ours,
                            String groupStatus, int rejected, int accepted, int unknown, int returned,
                            @JsonSerialize(using = ToStringSerializer.class) Instant at) implements BankFileRead {
        @JsonProperty("message")
        public String message() {
            return "PAIN_002";
        }
    }

    /** A bank file with the same identity or bytes as one read before: counted nowhere. */
    @JsonPropertyOrder({"type", "fileName", "message", "version", "refused", "duplicate", "duplicateOf", "at"})
    record BankFileRepeated(String fileName, String message, String version, String duplicateOf,
                            @JsonSerialize(using = ToStringSerializer.class) Instant at) implements BankFileRead {
        @Override
        public boolean duplicate() {
            return true;
        }
    }

    /** A bank file that could not be read (with {@link BankStatementRefused}). */
    @JsonPropertyOrder({"type", "fileName", "refused", "reason", "entries", "at"})
    record BankFileRefused(String fileName, String reason,
                           @JsonSerialize(using = ToStringSerializer.class) Instant at) implements BankFile {
        @JsonProperty("refused")
        public boolean refused() {
            return true;
        }

        @JsonProperty("entries")
        public int entries() {
            return 0;
        }
    }

    /** {@code RETENTION_RUN}: what a retention run deleted. */
    @JsonPropertyOrder({"type", "at", "answersDeleted", "archivedListsDeleted", "archivedListsUnsettled",
            "archivedListsUnmatched", "quarantineDeleted", "failures", "instance", "financialRecordsPastLegalPeriod"})
    record RetentionRun(@JsonSerialize(using = ToStringSerializer.class) Instant at, int answersDeleted,
                        int archivedListsDeleted, int archivedListsUnsettled, int archivedListsUnmatched,
                        int quarantineDeleted, int failures, String instance,
                        @JsonInclude(JsonInclude.Include.NON_NULL) FinancialRecords financialRecordsPastLegalPeriod)
            implements OpsEvent {
        @Override
        public String type() {
            return "RETENTION_RUN";
        }

        /** The records past the legal period that the gateway keeps (it never deletes them). */
        public record FinancialRecords(long lists, long invoiceBatches, long insurerAnswers, long paymentRuns) {
        }
    }

    /** {@code INSURER_RECEIVED} (demo): the simulated insurer read an invoice. */
    @JsonPropertyOrder({"type", "insurer", "fileName", "channel", "batchId", "lines", "totalInsurerShare", "at"})
    record InsurerReceived(String insurer, String fileName, String channel, long batchId, int lines,
                           @JsonSerialize(using = PlainDecimal.class) BigDecimal totalInsurerShare,
                           @JsonSerialize(using = ToStringSerializer.class) Instant at) implements OpsEvent {
        @Override
        public String type() {
            return "INSURER_RECEIVED";
        }
    }

    /** {@code ALERT_ROUTE_FAILED}: an exchange failed in a route. */
    @JsonPropertyOrder({"type", "routeId", "fromRouteId", "handled", "error", "exchangeId", "heldBack", "at"})
    record RouteFailed(String routeId, String fromRouteId, boolean handled, String error, String exchangeId,
                       int heldBack, @JsonSerialize(using = ToStringSerializer.class) Instant at) implements OpsEvent {
        @Override
        public String type() {
            return "ALERT_ROUTE_FAILED";
        }
    }

    /** {@code ALERT_NO_FILE}: no practice sent a file for the threshold. */
    @JsonPropertyOrder({"type", "lastFileAt", "silentFor", "threshold", "at"})
    record NoFile(@JsonSerialize(using = ToStringSerializer.class) Instant lastFileAt,
                  @JsonSerialize(using = ToStringSerializer.class) Duration silentFor,
                  @JsonSerialize(using = ToStringSerializer.class) Duration threshold,
                  @JsonSerialize(using = ToStringSerializer.class) Instant at) implements OpsEvent {
        @Override
        public String type() {
            return "ALERT_NO_FILE";
        }
    }

    /** {@code ALERT_SESSION_HELD_FROM_BILLING}: a session its insurer's format cannot write, held from billing. */
    @JsonPropertyOrder({"type", "sessionId", "practice", "fileId", "lineNumber", "batchId", "insurer", "format",
            "error", "at"})
    record SessionHeldFromBilling(long sessionId, String practice, long fileId, long lineNumber, long batchId,
                                  String insurer, String format, String error,
                                  @JsonSerialize(using = ToStringSerializer.class) Instant at) implements OpsEvent {
        @Override
        public String type() {
            return "ALERT_SESSION_HELD_FROM_BILLING";
        }
    }

    /** {@code ALERT_BANK_STATEMENT_REFUSED}: a bank file could not be read. */
    @JsonPropertyOrder({"type", "fileName", "reason", "at"})
    record BankStatementRefused(String fileName, String reason,
                                @JsonSerialize(using = ToStringSerializer.class) Instant at) implements OpsEvent {
        @Override
        public String type() {
            return "ALERT_BANK_STATEMENT_REFUSED";
        }
    }

    /** Whether the credits for a payment reference fall short of, or exceed, what the insurer announced. */
    enum Coverage { ALERT_BANK_SHORT_PAYMENT, ALERT_BANK_OVERPAYMENT }

    /** {@code ALERT_BANK_SHORT_PAYMENT}, {@code ALERT_BANK_OVERPAYMENT}. */
    @JsonPropertyOrder({"type", "paymentReference", "announced", "received", "source", "at"})
    record BankPaymentMismatch(@JsonIgnore Coverage coverage, String paymentReference,
                               @JsonSerialize(using = PlainDecimal.class) BigDecimal announced,
                               @JsonSerialize(using = PlainDecimal.class) BigDecimal received, String source,
                               @JsonSerialize(using = ToStringSerializer.class) Instant at) implements OpsEvent {
        @Override
        public String type() {
            return coverage.name();
        }
    }

    /** {@code ALERT_DEAD_LETTERS_KEPT}: queues holding messages at a retention run, with their counts. */
    @JsonPropertyOrder({"type", "queues", "at"})
    record DeadLettersKept(Map<String, Long> queues, @JsonSerialize(using = ToStringSerializer.class) Instant at)
            implements OpsEvent {
        public DeadLettersKept {
            queues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(queues));
        }

        @Override
        public String type() {
            return "ALERT_DEAD_LETTERS_KEPT";
        }
    }

    /** {@code ALERT_PAYMENT_RETURNED}: a transfer to a practice came back ({@code amountReturned} when it differs). */
    @JsonPropertyOrder({"type", "endToEndId", "runId", "practiceInami", "amount", "amountReturned", "reason",
            "source", "at"})
    record PaymentReturned(String endToEndId, long runId, String practiceInami,
                           @JsonSerialize(using = PlainDecimal.class) BigDecimal amount,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @JsonSerialize(using = PlainDecimal.class)
                           BigDecimal amountReturned,
                           String reason, String source, @JsonSerialize(using = ToStringSerializer.class) Instant at)
            implements OpsEvent {
        @Override
        public String type() {
            return "ALERT_PAYMENT_RETURNED";
        }
    }

    /** {@code ALERT_SFTP_LOGIN_FAILURES}: a burst of refused SFTP logins from one address. */
    @JsonPropertyOrder({"type", "remote", "user", "failures", "at"})
    record SftpLoginFailures(String remote, String user, int failures,
                             @JsonSerialize(using = ToStringSerializer.class) Instant at) implements OpsEvent {
        @Override
        public String type() {
            return "ALERT_SFTP_LOGIN_FAILURES";
        }
    }

    /** An amount as a JSON string in plain notation ({@code "12.30"}, never {@code "1.23E+1"}). */
    final class PlainDecimal extends StdSerializer<BigDecimal> {
        public PlainDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toPlainString());
        }
    }
}
