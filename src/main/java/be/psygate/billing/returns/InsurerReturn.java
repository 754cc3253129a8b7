package be.psygate.billing.returns;

import be.psygate.identity.InsurerCode;
import be.psygate.money.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One answer of an insurer to one invoice batch: a receipt, a file refusal, a rejection of the sending, a
 * provisional list of errors, or a settlement. What each kind holds is checked here, so that every format reads and
 * writes only answers that make sense:
 * <ul>
 *   <li>{@link ReturnKind#RECEIPT}: no session, no settlement;</li>
 *   <li>{@link ReturnKind#FILE_REFUSED}: no session, no settlement, and a file refusal code;</li>
 *   <li>{@link ReturnKind#REJECTED}: a refusal type and the sessions in error, each refused;</li>
 *   <li>{@link ReturnKind#PROVISIONAL_ERRORS}: the sessions in error, each refused;</li>
 *   <li>{@link ReturnKind#SETTLEMENT}: every session of the batch, accepted (in full or in part) or refused, and one
 *       settlement per mutuality of those sessions, whose accepted amount is the sum of what its sessions
 *       accept, to the cent, and whose payment reference no other mutuality of the answer shares.</li>
 * </ul>
 * Sessions come in <em>answer order</em> (by mutuality, then session id) and settlements by mutuality, whatever
 * the order they are given in, so that an answer read back from a file equals the answer written.
 *
 * @param insurerId        the union code of the insurer that answers, e.g. {@code 200}, as in the batch
 * @param batchNumber      the number of the batch answered (the sender's message reference), positive
 * @param testMode         whether the batch answered was a test sending: such an answer settles nothing for real
 * @param kind             the kind of answer
 * @param refusalType      why the sending is rejected: for {@link ReturnKind#REJECTED} only, {@code null} otherwise
 * @param fileRefusalCode  why the file is refused, two digits from {@code 01} to {@code 99} (see
 *                         {@link RejectionCodes}): for {@link ReturnKind#FILE_REFUSED} only, {@code null} otherwise
 * @param insurerReference the insurer's reference of its answer: 1 to 14 digits, not starting with {@code 0}
 * @param date             the day the insurer made the answer
 * @param lines            what the answer says about sessions
 * @param settlements      per mutuality, what is settled: for {@link ReturnKind#SETTLEMENT} only, empty otherwise
 */
public record InsurerReturn(
        String insurerId,
        long batchNumber,
        boolean testMode,
        ReturnKind kind,
        RefusalType refusalType,
        String fileRefusalCode,
        String insurerReference,
        LocalDate date,
        List<ReturnLine> lines,
        List<MutualitySettlement> settlements) {

    /** The order of the sessions of an answer: by mutuality, then session id. */
    public static final Comparator<ReturnLine> ANSWER_ORDER = Comparator
            .comparing((ReturnLine line) -> line.mutuality().value())
            .thenComparingLong(ReturnLine::sessionId);

    private static final Pattern INSURER_REFERENCE = Pattern.compile("[1-9][0-9]{0,13}");
    private static final Pattern FILE_REFUSAL_CODE = Pattern.compile("(?!00)[0-9]{2}");

    public InsurerReturn {
        Objects.requireNonNull(insurerId, "insurerId");
        if (!InsurerCode.isValid(insurerId) || !insurerId.endsWith("00")) {
            throw new IllegalArgumentException(
                    "Insurer id must be a union code (100, 200, ..., 600, 900), got " + insurerId);
        }
        if (batchNumber <= 0) {
            throw new IllegalArgumentException("Batch number must be positive, got " + batchNumber);
        }
        Objects.requireNonNull(kind, "kind");
        String where = "Answer " + kind.messageType() + " to batch " + batchNumber + " of insurer " + insurerId;
        Objects.requireNonNull(insurerReference, "insurerReference");
        if (!INSURER_REFERENCE.matcher(insurerReference).matches()) {
            throw new IllegalArgumentException(where + ": the insurer's reference must be 1 to 14 digits, not "
                    + "starting with 0");
        }
        Objects.requireNonNull(date, "date");
        if ((refusalType != null) != (kind == ReturnKind.REJECTED)) {
            throw new IllegalArgumentException(where + ": a refusal type belongs to a rejection (920099), and only "
                    + "there");
        }
        if ((fileRefusalCode != null) != (kind == ReturnKind.FILE_REFUSED)) {
            throw new IllegalArgumentException(where + ": a file refusal code belongs to a file refusal (920999), "
                    + "and only there");
        }
        if (fileRefusalCode != null && !FILE_REFUSAL_CODE.matcher(fileRefusalCode).matches()) {
            throw new IllegalArgumentException(where + ": a file refusal code is two digits, 01 to 99, got "
                    + fileRefusalCode);
        }
        lines = List.copyOf(Objects.requireNonNull(lines, "lines")).stream().sorted(ANSWER_ORDER).toList();
        settlements = List.copyOf(Objects.requireNonNull(settlements, "settlements")).stream()
                .sorted(Comparator.comparing(s -> s.mutuality().value())).toList();
        checkLines(where, insurerId, kind, lines);
        checkSettlements(where, kind, lines, settlements);
    }

    /** A receipt (931000) of a batch. */
    public static InsurerReturn receipt(String insurerId, long batchNumber, boolean testMode,
                                        String insurerReference, LocalDate date) {
        return new InsurerReturn(insurerId, batchNumber, testMode, ReturnKind.RECEIPT, null, null,
                insurerReference, date, List.of(), List.of());
    }

    /** A refusal of the whole file (920999), for the reason {@code fileRefusalCode}. */
    public static InsurerReturn fileRefused(String insurerId, long batchNumber, boolean testMode,
                                            String fileRefusalCode, String insurerReference, LocalDate date) {
        return new InsurerReturn(insurerId, batchNumber, testMode, ReturnKind.FILE_REFUSED, null, fileRefusalCode,
                insurerReference, date, List.of(), List.of());
    }

    /** A rejection of the sending (920099), with the sessions in error. */
    public static InsurerReturn rejected(String insurerId, long batchNumber, boolean testMode, RefusalType type,
                                         String insurerReference, LocalDate date, List<ReturnLine> errors) {
        return new InsurerReturn(insurerId, batchNumber, testMode, ReturnKind.REJECTED, type, null,
                insurerReference, date, errors, List.of());
    }

    /** A provisional list of errors (920098). */
    public static InsurerReturn provisionalErrors(String insurerId, long batchNumber, boolean testMode,
                                                  String insurerReference, LocalDate date,
                                                  List<ReturnLine> errors) {
        return new InsurerReturn(insurerId, batchNumber, testMode, ReturnKind.PROVISIONAL_ERRORS, null, null,
                insurerReference, date, errors, List.of());
    }

    /** A settlement (920900): every session of the batch, and per mutuality what is paid. */
    public static InsurerReturn settlement(String insurerId, long batchNumber, boolean testMode,
                                           String insurerReference, LocalDate date, List<ReturnLine> lines,
                                           List<MutualitySettlement> settlements) {
        return new InsurerReturn(insurerId, batchNumber, testMode, ReturnKind.SETTLEMENT, null, null,
                insurerReference, date, lines, settlements);
    }

    /** The sum of what the sessions of the answer accept. */
    public BigDecimal totalAccepted() {
        return Amounts.sum(lines.stream().map(ReturnLine::accepted).toList());
    }

    /** The settlement of a mutuality, if the answer has one. */
    public Optional<MutualitySettlement> settlementOf(InsurerCode mutuality) {
        return settlements.stream().filter(s -> s.mutuality().equals(mutuality)).findFirst();
    }

    private static void checkLines(String where, String insurerId, ReturnKind kind, List<ReturnLine> lines) {
        if (kind.listsSessions() && lines.isEmpty()) {
            throw new IllegalArgumentException(where + ": lists no session");
        }
        if (!kind.listsSessions() && !lines.isEmpty()) {
            throw new IllegalArgumentException(where + ": lists sessions, which this kind of answer does not");
        }
        int union = insurerId.charAt(0) - '0';
        Set<Long> sessionIds = new HashSet<>();
        for (ReturnLine line : lines) {
            Objects.requireNonNull(line, "line");
            if (line.mutuality().union() != union) {
                throw new IllegalArgumentException(where + ": session " + line.sessionId() + " is for mutuality "
                        + line.mutuality() + " of another union");
            }
            if (!sessionIds.add(line.sessionId())) {
                throw new IllegalArgumentException(where + ": session " + line.sessionId() + " appears twice");
            }
            if (kind != ReturnKind.SETTLEMENT && !line.isRefused()) {
                throw new IllegalArgumentException(where + ": session " + line.sessionId()
                        + " has no rejection code, and this kind of answer lists only sessions in error");
            }
        }
    }

    private static void checkSettlements(String where, ReturnKind kind, List<ReturnLine> lines,
                                         List<MutualitySettlement> settlements) {
        if (kind != ReturnKind.SETTLEMENT) {
            if (!settlements.isEmpty()) {
                throw new IllegalArgumentException(where + ": settles mutualities, which only a settlement does");
            }
            return;
        }
        Map<InsurerCode, BigDecimal> acceptedByMutuality = new LinkedHashMap<>();
        for (ReturnLine line : lines) {
            acceptedByMutuality.merge(line.mutuality(), line.accepted(), BigDecimal::add);
        }
        Set<InsurerCode> settled = new HashSet<>();
        Set<String> references = new HashSet<>();
        for (MutualitySettlement settlement : settlements) {
            Objects.requireNonNull(settlement, "settlement");
            InsurerCode mutuality = settlement.mutuality();
            if (!settled.add(mutuality)) {
                throw new IllegalArgumentException(where + ": mutuality " + mutuality + " is settled twice");
            }
            BigDecimal accepted = acceptedByMutuality.get(mutuality);
            if (accepted == null) {
                throw new IllegalArgumentException(where + ": mutuality " + mutuality
                        + " is settled but none of its sessions is listed");
            }
            if (accepted.compareTo(settlement.accepted()) != 0) {
                throw new IllegalArgumentException(where + ": mutuality " + mutuality + " accepts "
                        + Amounts.format(settlement.accepted()) + " but its sessions add up to "
                        + Amounts.format(accepted));
            }
            if (!references.add(settlement.paymentReference())) {
                throw new IllegalArgumentException(where + ": the payment reference of mutuality " + mutuality
                        + " is also another mutuality's");
            }
        }
        for (InsurerCode mutuality : acceptedByMutuality.keySet()) {
            if (!settled.contains(mutuality)) {
                throw new IllegalArgumentException(where + ": mutuality " + mutuality
                        + " has sessions but no settlement");
            }
        }
    }
}
