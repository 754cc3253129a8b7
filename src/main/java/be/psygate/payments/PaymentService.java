package be.psygate.payments;

import be.psygate.billing.HospitalProperties;
import be.psygate.identity.Iban;
import be.psygate.identity.Inami;
import be.psygate.money.account.Entry;
import be.psygate.money.payment.PaymentPlan;
import be.psygate.money.payment.PaymentPlanner;
import be.psygate.money.payment.Target2Calendar;
import be.psygate.money.payment.Transfer;
import be.psygate.ops.OpsEvent;
import be.psygate.payments.sepa.Bic;
import be.psygate.payments.sepa.CreditTransfer;
import be.psygate.payments.sepa.CreditTransferBatch;
import be.psygate.payments.sepa.Debtor;
import be.psygate.payments.sepa.Pain001Writer;
import be.psygate.practice.Practice;
import be.psygate.practice.PracticeRepository;
import be.psygate.storage.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedWriter;
import java.io.Writer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Payment runs: every entry owed to a psychologist that is due and released (tranche 1 a month after the list,
 * tranche 2 a month after the insurer paid, clawbacks) is netted per practice; a positive net is one SEPA credit
 * transfer, a zero or negative net carries forward. In one transaction the transfers are recorded and their entries
 * marked paid, so nothing is paid twice; then the pain.001 file for the bank and a statement for each practice,
 * listing every session behind the amount, are written for the route to deliver.
 */
@Service
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentLedger ledger;
    private final PracticeRepository practices;
    private final HospitalProperties hospital;
    private final Path workDir;
    private final Clock clock;
    private final PaymentPlanner planner = new PaymentPlanner();
    private final Pain001Properties files;

    public PaymentService(PaymentLedger ledger, PracticeRepository practices, HospitalProperties hospital,
                          PaymentsProperties payments, Clock clock, Pain001Properties files) {
        this.ledger = ledger;
        this.practices = practices;
        this.hospital = hospital;
        this.workDir = payments.workDir();
        this.clock = clock;
        this.files = files;
    }

    /**
     * The bank executes the file on the run's day, or on the next TARGET2 business day when the run's day is not
     * one; never on a day past, whatever {@code dueBy}.
     *
     * @param trigger what started the run (SCHEDULE, API)
     * @param dueBy   entries due on or before this day are paid; null for today. It chooses what is paid, not
     *                when
     */
    @Transactional
    public PaymentRunResult run(String trigger, LocalDate dueBy) {
        ledger.lockPaymentRun();
        // the tranche 1 the lists owe is written out entry by entry first, under the lock
        ledger.postOwedTranche1();
        LocalDate runDay = LocalDate.now(clock);
        LocalDate today = Target2Calendar.onOrAfter(runDay);
        PaymentPlan plan = planner.plan(ledger.unpaidReleasedEntries(), dueBy != null ? dueBy : runDay);
        long runId = ledger.createRun(trigger == null ? "API" : trigger, today);
        List<CreditTransfer> transfers = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int n = 0;
        for (Transfer t : plan.transfers()) {
            Practice practice = practices.findByInami(t.practiceInami().value()).orElseThrow();
            String endToEnd = "PSYGATE-%d-%d".formatted(runId, ++n);
            long paymentId = ledger.pay(runId, t.practiceInami(), t.amount(), endToEnd, t.entries());
            Statement statement = writeStatement(runId, paymentId, practice, t, endToEnd);
            transfers.add(new CreditTransfer(endToEnd, practice.name(), practice.iban(), t.amount(),
                    PaymentTexts.remittance(practice.language(), today, sessionsOf(t.entries()),
                            statement.file().getName())));
            statements.add(statement);
            total = total.add(t.amount());
        }
        String fileName = null;
        Path painFile = null;
        String messageId = null;
        if (!transfers.isEmpty()) {
            fileName = "PSYGATE-PAY-%08d.xml".formatted(runId);
            messageId = PaymentTexts.messageId(files.messageIdPrefix(), UUID.randomUUID());
            CreditTransferBatch batch = new CreditTransferBatch(messageId, LocalDateTime.now(clock),
                    new Debtor(hospital.name(), Iban.parse(hospital.iban()), Bic.parse(hospital.bic())), today,
                    transfers, files.batchBooking());
            painFile = write(fileName, out -> new Pain001Writer(files.version()).write(batch, out));
        }
        ledger.finishRun(runId, transfers.size(), total, fileName, messageId);
        log.info("Payment run {}: {} transfers, {} EUR; {} practices carried forward", runId, transfers.size(),
                total.toPlainString(), plan.carriedForward().size());
        return new PaymentRunResult(runId, transfers.size(), total, fileName, painFile == null ? null : painFile.toFile(),
                statements, carriedForward(plan.carriedForward()));
    }

    private Statement writeStatement(long runId, long paymentId, Practice practice, Transfer t, String endToEnd) {
        String name = statementName(runId, practice.inami().value());
        Path file = write(name, out -> {
            try (Writer w = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                writeStatement(paymentId, t.amount(), endToEnd, UnaryOperator.identity(), w);
            }
        });
        return new Statement(practice.sftpUser(), practice.sftpUser() + "/out/" + name, file.toFile(), t.amount());
    }

    /** The name of the statement a payment run writes for a practice. */
    public static String statementName(long runId, String practiceInami) {
        return "statement-%08d-%s.csv".formatted(runId, practiceInami);
    }

    /**
     * A transfer's statement again, as the payment run wrote it from the same entries (each entry is paid by one
     * transfer only, so the lines do not change), with each text that came from the practice (line reference, list
     * name) passed through {@code shown}: the console masks national numbers in them.
     */
    public void writeStatement(PaymentLedger.PaymentRecord payment, UnaryOperator<String> shown, Writer w)
            throws IOException {
        writeStatement(payment.id(), payment.amount(), payment.endToEndId(), shown, w);
    }

    private void writeStatement(long paymentId, BigDecimal amount, String endToEnd, UnaryOperator<String> shown,
                                Writer w) throws IOException {
        w.write("line_ref;session_date;pseudocode;entry;amount;due_date;list;insurer_state\r\n");
        try {
            ledger.forEachStatementLine(paymentId, line -> {
                try {
                    w.write(String.join(";", shown.apply(line.lineRef()), line.sessionDate().toString(),
                            line.pseudocode(), line.kind(), line.amount().toPlainString(), line.due().toString(),
                            shown.apply(line.listName()), line.insurerState() == null ? "" : line.insurerState()));
                    w.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.write("#total;;;;" + amount.toPlainString() + ";;" + endToEnd + ";\r\n");
        w.flush();
    }

    private Path write(String name, IoWriter body) {
        try {
            PrivateFiles.createDirectories(workDir);
            Path target = workDir.resolve(name);
            Path tmp = Files.createTempFile(workDir, "payment-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            return Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sessionsOf(List<Entry> entries) {
        return entries.stream().map(Entry::sessionId).distinct().count();
    }

    private static Map<String, String> carriedForward(Map<Inami, BigDecimal> carried) {
        Map<String, String> out = new LinkedHashMap<>();
        carried.forEach((k, v) -> out.put(k.value(), v.toPlainString()));
        return out;
    }

    @FunctionalInterface
    private interface IoWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A practice's statement, to be put in its {@code out/}. */
    public record Statement(String sftpUser, String path, java.io.File file, BigDecimal amount) {
    }

    /** What a payment run did. */
    public record PaymentRunResult(long runId, int transfers, BigDecimal total, String fileName, java.io.File painFile,
                                   List<Statement> statements, Map<String, String> carriedForward) {
        public boolean hasTransfers() {
            return transfers > 0;
        }

        /** The event for the operators. */
        public OpsEvent.PaymentRun event() {
            return new OpsEvent.PaymentRun(runId, transfers, total, fileName, carriedForward.size(),
                    java.time.Instant.now());
        }
    }
}
