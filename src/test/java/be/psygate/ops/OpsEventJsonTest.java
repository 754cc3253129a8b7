package be.psygate.ops;

import be.psygate.ledger.FileMode;
import be.psygate.ledger.FileStatus;
import be.psygate.ops.OpsEvent.BankFileRefused;
import be.psygate.ops.OpsEvent.BankFileRepeated;
import be.psygate.ops.OpsEvent.BankPaymentMismatch;
import be.psygate.ops.OpsEvent.BankStatementRefused;
import be.psygate.ops.OpsEvent.BatchDelivery;
import be.psygate.ops.OpsEvent.Coverage;
import be.psygate.ops.OpsEvent.DeadLettersKept;
import be.psygate.ops.OpsEvent.Delivery;
import be.psygate.ops.OpsEvent.FileAnswered;
import be.psygate.ops.OpsEvent.InsurerReceived;
import be.psygate.ops.OpsEvent.NoFile;
import be.psygate.ops.OpsEvent.PaymentReturned;
import be.psygate.ops.OpsEvent.PaymentRun;
import be.psygate.ops.OpsEvent.RetentionRun;
import be.psygate.ops.OpsEvent.ReturnOutcome;
import be.psygate.ops.OpsEvent.ReturnTaken;
import be.psygate.ops.OpsEvent.RouteFailed;
import be.psygate.ops.OpsEvent.SessionHeldFromBilling;
import be.psygate.ops.OpsEvent.SftpLoginFailures;
import be.psygate.ops.OpsEvent.StatementRead;
import be.psygate.ops.OpsEvent.StatusReportRead;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The operators' events are part of the contract: each type, in each of its shapes, is written as exactly this JSON
 * (fields, order, nulls, numbers as numbers, amounts and times as strings), whichever Jackson mapper writes it: the
 * application's (which the ops publisher uses), Spring's defaults, or a bare one (a route's JSON marshalling without
 * the application's). The strings are those the events' builders wrote when they were maps.
 */
class OpsEventJsonTest {

    private static final Instant AT = Instant.parse("2025-06-30T10:00:00Z");

    private static final List<ObjectMapper> MAPPERS = List.of(
            new ObjectMapper(),
            JsonMapper.builder().findAndAddModules().build(),
            Jackson2ObjectMapperBuilder.json().build());

    static Stream<Arguments> events() {
        Map<String, Long> queues = new LinkedHashMap<>();
        queues.put("DLQ.psygate.insurer-returns", 2L);
        queues.put("psygate.billing.dead-letters", 1L);
        return Stream.of(
                arguments(new FileAnswered(FileStatus.PROCESSED, 12L, "91234537770", FileMode.BILL, "demo-mixed.csv",
                                null, 3, 2, 1, new java.util.TreeMap<>(Map.of("PATIENT_NISS_INVALID", 1,
                                "LINE_MALFORMED", 2)), new BigDecimal("132.20"), "demo/out/demo-mixed.csv.ack.csv", AT),
                        """
                        {"type":"FILE_PROCESSED","fileId":12,"practice":"91234537770","mode":"BILL",\
                        "fileName":"demo-mixed.csv","reasonCode":null,"lines":3,"accepted":2,"rejected":1,\
                        "rejectedByReason":{"LINE_MALFORMED":2,"PATIENT_NISS_INVALID":1},"insurerShare":"132.20",\
                        "answer":"demo/out/demo-mixed.csv.ack.csv","at":"2025-06-30T10:00:00Z"}"""),
                arguments(new FileAnswered(FileStatus.CHECKED, 12L, "91234537770", FileMode.CHECK, "demo-mixed.csv",
                                null, 3, 0, 3, new java.util.TreeMap<>(Map.of("PATIENT_NISS_INVALID", 3)),
                                new BigDecimal("0.00"), "demo/out/demo-mixed.csv.ack.csv", AT),
                        """
                        {"type":"FILE_CHECKED","fileId":12,"practice":"91234537770","mode":"CHECK",\
                        "fileName":"demo-mixed.csv","reasonCode":null,"lines":3,"accepted":0,"rejected":3,\
                        "rejectedByReason":{"PATIENT_NISS_INVALID":3},"insurerShare":"0.00",\
                        "answer":"demo/out/demo-mixed.csv.ack.csv","at":"2025-06-30T10:00:00Z"}"""),
                arguments(new FileAnswered(FileStatus.QUARANTINED, 13L, "91234537770", FileMode.BILL, "demo-mixed.csv",
                                "FILE_NOT_UTF8", 0, 0, 0, null, null, "demo/out/demo-mixed.csv.error.txt", AT),
                        """
                        {"type":"FILE_QUARANTINED","fileId":13,"practice":"91234537770","mode":"BILL",\
                        "fileName":"demo-mixed.csv","reasonCode":"FILE_NOT_UTF8","lines":0,"accepted":0,"rejected":0,\
                        "answer":"demo/out/demo-mixed.csv.error.txt","at":"2025-06-30T10:00:00Z"}"""),
                arguments(new FileAnswered(FileStatus.DUPLICATE, null, "91234537770", FileMode.BILL, "demo-mixed.csv",
                                "FILE_DUPLICATE", 0, 0, 0, null, null, "demo/out/demo-mixed.csv.error.txt", AT),
                        """
                        {"type":"FILE_DUPLICATE","fileId":null,"practice":"91234537770","mode":"BILL",\
                        "fileName":"demo-mixed.csv","reasonCode":"FILE_DUPLICATE","lines":0,"accepted":0,"rejected":0,\
                        "answer":"demo/out/demo-mixed.csv.error.txt","at":"2025-06-30T10:00:00Z"}"""),
                arguments(new BatchDelivery(Delivery.BATCH_DELIVERED, 5, "100", YearMonth.of(2025, 3), "efact", "sftp",
                                "F.efact", 2, new BigDecimal("132.20"), 1, null, AT),
                        """
                        {"type":"BATCH_DELIVERED","batchId":5,"insurer":"100","serviceMonth":"2025-03",\
                        "format":"efact","channel":"sftp","fileName":"F.efact","lines":2,\
                        "totalInsurerShare":"132.20","attempts":1,"at":"2025-06-30T10:00:00Z"}"""),
                arguments(new BatchDelivery(Delivery.BATCH_DELIVERY_FAILED, 5, "100", YearMonth.of(2025, 3), "efact",
                                "sftp", "F.efact", 2, new BigDecimal("132.20"), 1, "IOException: refused", AT),
                        """
                        {"type":"BATCH_DELIVERY_FAILED","batchId":5,"insurer":"100","serviceMonth":"2025-03",\
                        "format":"efact","channel":"sftp","fileName":"F.efact","lines":2,\
                        "totalInsurerShare":"132.20","attempts":1,"error":"IOException: refused",\
                        "at":"2025-06-30T10:00:00Z"}"""),
                arguments(ReturnTaken.of("100", 5, "RECEIPT", "R.931000", ReturnOutcome.RETURN_APPLIED, AT),
                        """
                        {"insurer":"100","batchId":5,"kind":"RECEIPT","fileName":"R.931000",\
                        "type":"RETURN_APPLIED","at":"2025-06-30T10:00:00Z"}"""),
                arguments(ReturnTaken.of("100", 5, "FILE_REFUSED", "R.920999", ReturnOutcome.RETURN_APPLIED, AT)
                                .reopened(4),
                        """
                        {"insurer":"100","batchId":5,"kind":"FILE_REFUSED","fileName":"R.920999",\
                        "type":"RETURN_APPLIED","reopenedSessions":4,"at":"2025-06-30T10:00:00Z"}"""),
                arguments(ReturnTaken.of("300", 6, "SETTLEMENT", "R.csv", ReturnOutcome.RETURN_APPLIED, AT)
                                .settled(new ReturnTaken.Settlement(3, 1, 0, 2, 0, 0)),
                        """
                        {"insurer":"300","batchId":6,"kind":"SETTLEMENT","fileName":"R.csv",\
                        "type":"RETURN_APPLIED","paid":3,"refused":1,"repeated":0,"unknownReferences":2,\
                        "contradicting":0,"releasedByBank":0,"at":"2025-06-30T10:00:00Z"}"""),
                arguments(ReturnTaken.of("100", 5, "SETTLEMENT", "R.920900", ReturnOutcome.RETURN_REPEATED, AT),
                        """
                        {"insurer":"100","batchId":5,"kind":"SETTLEMENT","fileName":"R.920900",\
                        "type":"RETURN_REPEATED","at":"2025-06-30T10:00:00Z"}"""),
                arguments(ReturnTaken.of("100", 99, "RECEIPT", "R.931000", ReturnOutcome.RETURN_UNMATCHED, AT),
                        """
                        {"insurer":"100","batchId":99,"kind":"RECEIPT","fileName":"R.931000",\
                        "type":"RETURN_UNMATCHED","at":"2025-06-30T10:00:00Z"}"""),
                arguments(new PaymentRun(7, 2, new BigDecimal("150.00"), "pain.001-7.xml", 1, AT),
                        """
                        {"type":"PAYMENT_RUN","runId":7,"transfers":2,"total":"150.00","file":"pain.001-7.xml",\
                        "carriedForward":1,"at":"2025-06-30T10:00:00Z"}"""),
                arguments(new StatementRead("camt053.xml", "CAMT_053", "camt.053.001.08", 4, 1,
                                List.of("E1: OTHER_ACCOUNT"), 3, 1, 1, 1, 0, 2, 0, AT),
                        """
                        {"type":"BANK_STATEMENT","fileName":"camt053.xml","message":"CAMT_053",\
                        "version":"camt.053.001.08","refused":false,"duplicate":false,"entries":4,"setAside":1,\
                        "setAsideNotes":["E1: OTHER_ACCOUNT"],"credits":3,"matched":1,"short":1,"unmatched":1,\
                        "repeated":0,"released":2,"returned":0,"at":"2025-06-30T10:00:00Z"}"""),
                arguments(new BankFileRepeated("camt054.xml", "CAMT_054", "camt.054.001.02", "camt054-first.xml", AT),
                        """
                        {"type":"BANK_STATEMENT","fileName":"camt054.xml","message":"CAMT_054",\
                        "version":"camt.054.001.02","refused":false,"duplicate":true,\
                        "duplicateOf":"camt054-first.xml","at":"2025-06-30T10:00:00Z"}"""),
                arguments(new StatusReportRead("pain002.xml", "pain.002.001.03", null, false, null, 0, 0, 0, 0, AT),
                        """
                        {"type":"BANK_STATEMENT","fileName":"pain002.xml","message":"PAIN_002",\
                        "version":"pain.002.001.03","refused":false,"duplicate":false,"originalMessageId":null,\
                        "ours":false,"groupStatus":null,"rejected":0,"accepted":0,"unknown":0,"returned":0,\
                        "at":"2025-06-30T10:00:00Z"}"""),
                arguments(new StatusReportRead("pain002.xml", "pain.002.001.10", "PSYGATE0001", true, "RJCT", 2, 0,
                                0, 2, AT),
                        """
                        {"type":"BANK_STATEMENT","fileName":"pain002.xml","message":"PAIN_002",\
                        "version":"pain.002.001.10","refused":false,"duplicate":false,\
                        "originalMessageId":"PSYGATE0001","ours":true,"groupStatus":"RJCT","rejected":2,\
                        "accepted":0,"unknown":0,"returned":2,"at":"2025-06-30T10:00:00Z"}"""),
                arguments(new BankFileRefused("bad.xml", "not a camt document", AT),
                        """
                        {"type":"BANK_STATEMENT","fileName":"bad.xml","refused":true,"reason":"not a camt document",\
                        "entries":0,"at":"2025-06-30T10:00:00Z"}"""),
                arguments(new RetentionRun(AT, 1, 2, 3, 4, 5, 6, "host-1", null),
                        """
                        {"type":"RETENTION_RUN","at":"2025-06-30T10:00:00Z","answersDeleted":1,\
                        "archivedListsDeleted":2,"archivedListsUnsettled":3,"archivedListsUnmatched":4,\
                        "quarantineDeleted":5,"failures":6,"instance":"host-1"}"""),
                arguments(new RetentionRun(AT, 0, 0, 0, 0, 0, 0, "host-1",
                                new RetentionRun.FinancialRecords(10, 2, 3, 1)),
                        """
                        {"type":"RETENTION_RUN","at":"2025-06-30T10:00:00Z","answersDeleted":0,\
                        "archivedListsDeleted":0,"archivedListsUnsettled":0,"archivedListsUnmatched":0,\
                        "quarantineDeleted":0,"failures":0,"instance":"host-1",\
                        "financialRecordsPastLegalPeriod":{"lists":10,"invoiceBatches":2,"insurerAnswers":3,\
                        "paymentRuns":1}}"""),
                arguments(new InsurerReceived("100", "F.efact", "sftp", 5, 2, new BigDecimal("132.20"), AT),
                        """
                        {"type":"INSURER_RECEIVED","insurer":"100","fileName":"F.efact","channel":"sftp",\
                        "batchId":5,"lines":2,"totalInsurerShare":"132.20","at":"2025-06-30T10:00:00Z"}"""),
                arguments(new RouteFailed("billing-deliver", "billing-run", true, "IOException: refused", "ID-1", 0,
                                AT),
                        """
                        {"type":"ALERT_ROUTE_FAILED","routeId":"billing-deliver","fromRouteId":"billing-run",\
                        "handled":true,"error":"IOException: refused","exchangeId":"ID-1","heldBack":0,\
                        "at":"2025-06-30T10:00:00Z"}"""),
                arguments(new NoFile(null, Duration.ofHours(49), Duration.ofHours(48), AT),
                        """
                        {"type":"ALERT_NO_FILE","lastFileAt":null,"silentFor":"PT49H","threshold":"PT48H",\
                        "at":"2025-06-30T10:00:00Z"}"""),
                arguments(new NoFile(Instant.parse("2025-06-28T09:00:00Z"), Duration.ofHours(49),
                                Duration.ofHours(48), AT),
                        """
                        {"type":"ALERT_NO_FILE","lastFileAt":"2025-06-28T09:00:00Z","silentFor":"PT49H",\
                        "threshold":"PT48H","at":"2025-06-30T10:00:00Z"}"""),
                arguments(new SessionHeldFromBilling(41, "91234537770", 12, 3, 5, "100", "efact",
                                "line_ref not ASCII", AT),
                        """
                        {"type":"ALERT_SESSION_HELD_FROM_BILLING","sessionId":41,"practice":"91234537770",\
                        "fileId":12,"lineNumber":3,"batchId":5,"insurer":"100","format":"efact",\
                        "error":"line_ref not ASCII","at":"2025-06-30T10:00:00Z"}"""),
                arguments(new BankStatementRefused("bad.xml", "not a camt document", AT),
                        """
                        {"type":"ALERT_BANK_STATEMENT_REFUSED","fileName":"bad.xml","reason":"not a camt document",\
                        "at":"2025-06-30T10:00:00Z"}"""),
                arguments(new BankPaymentMismatch(Coverage.ALERT_BANK_SHORT_PAYMENT, "+++090/9337/55493+++",
                                new BigDecimal("132.20"), new BigDecimal("100.00"), "bank statement c.xml", AT),
                        """
                        {"type":"ALERT_BANK_SHORT_PAYMENT","paymentReference":"+++090/9337/55493+++",\
                        "announced":"132.20","received":"100.00","source":"bank statement c.xml",\
                        "at":"2025-06-30T10:00:00Z"}"""),
                arguments(new BankPaymentMismatch(Coverage.ALERT_BANK_OVERPAYMENT, "REF1", new BigDecimal("10.00"),
                                new BigDecimal("12.50"), "a settlement of insurer 100", AT),
                        """
                        {"type":"ALERT_BANK_OVERPAYMENT","paymentReference":"REF1","announced":"10.00",\
                        "received":"12.50","source":"a settlement of insurer 100","at":"2025-06-30T10:00:00Z"}"""),
                arguments(new DeadLettersKept(queues, AT),
                        """
                        {"type":"ALERT_DEAD_LETTERS_KEPT","queues":{"DLQ.psygate.insurer-returns":2,\
                        "psygate.billing.dead-letters":1},"at":"2025-06-30T10:00:00Z"}"""),
                arguments(new PaymentReturned("PSYGATE-7-1", 7, "91234537770", new BigDecimal("59.49"), null, "AC04",
                                "bank statement c.xml, E2", AT),
                        """
                        {"type":"ALERT_PAYMENT_RETURNED","endToEndId":"PSYGATE-7-1","runId":7,\
                        "practiceInami":"91234537770","amount":"59.49","reason":"AC04",\
                        "source":"bank statement c.xml, E2","at":"2025-06-30T10:00:00Z"}"""),
                arguments(new PaymentReturned("PSYGATE-7-1", 7, "91234537770", new BigDecimal("59.49"),
                                new BigDecimal("50.00"), "AC04", "status report p.xml", AT),
                        """
                        {"type":"ALERT_PAYMENT_RETURNED","endToEndId":"PSYGATE-7-1","runId":7,\
                        "practiceInami":"91234537770","amount":"59.49","amountReturned":"50.00","reason":"AC04",\
                        "source":"status report p.xml","at":"2025-06-30T10:00:00Z"}"""),
                arguments(new SftpLoginFailures("192.0.2.7", "demo", 12, AT),
                        """
                        {"type":"ALERT_SFTP_LOGIN_FAILURES","remote":"192.0.2.7","user":"demo","failures":12,\
                        "at":"2025-06-30T10:00:00Z"}"""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("events")
    void everyEventIsWrittenAsTheContractsJson(OpsEvent event, String expected) throws Exception {
        for (ObjectMapper mapper : MAPPERS) {
            assertThat(mapper.writeValueAsString(event)).isEqualTo(expected);
        }
        assertThat(expected).contains("\"type\":\"" + event.type() + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typesOfTheReadme")
    void everyTypeOfTheReadmeHasItsPinnedJson(String type) {
        assertThat(events().map(a -> ((OpsEvent) a.get()[0]).type())).contains(type);
    }

    /** The types README's "Ops events" and "Alerts" tables name. */
    static Stream<String> typesOfTheReadme() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\| `([A-Z_]+)`( / `([A-Z_]+)`)?( / `([A-Z_]+)`)?")
                .matcher(readme.substring(readme.indexOf("### Ops events"), readme.indexOf("### After a crash")));
        java.util.List<String> types = new java.util.ArrayList<>();
        while (m.find()) {
            for (int g : new int[]{1, 3, 5}) {
                if (m.group(g) != null) {
                    types.add(m.group(g));
                }
            }
        }
        assertThat(types).hasSizeGreaterThan(20);
        return types.stream();
    }
}
