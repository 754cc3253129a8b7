package be.psygate.billing;

import be.psygate.billing.InvoiceLedger.BatchMember;
import be.psygate.billing.InvoiceLedger.BatchRecord;
import be.psygate.billing.InvoiceLedger.HeldSession;
import be.psygate.billing.InvoiceLedger.UninvoicedSession;
import be.psygate.billing.format.InvoiceFormat;
import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.identity.InsurerCode;
import be.psygate.ops.OpsEvent;
import be.psygate.ops.OpsEvents;
import be.psygate.storage.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Billing runs: the accepted sessions that no batch holds yet are grouped by insurer and month of service, split
 * at the insurer's batch size, and put in numbered batches in one transaction. Rendering and delivery come after,
 * batch by batch; a batch stays PENDING until its delivery is confirmed, and every run delivers what is pending.
 */
@Service
public class BillingService {

    /** The operators' event of a session taken out of its batch because its insurer's format cannot carry it. */
    public static final String SESSION_HELD_FROM_BILLING = "ALERT_SESSION_HELD_FROM_BILLING";

    private static final Logger log = LoggerFactory.getLogger(BillingService.class);

    /** A run that invoices at least this many sessions brings the database's statistics up to date. */
    private static final int STATISTICS_AFTER = 10_000;

    private final InvoiceLedger ledger;
    private final InsurerDirectory insurers;
    private final HospitalProperties hospital;
    private final BillingProperties props;
    private final Clock clock;
    private final OpsEvents events;

    public BillingService(InvoiceLedger ledger, InsurerDirectory insurers, HospitalProperties hospital,
                          BillingProperties props, Clock clock, OpsEvents events) {
        this.ledger = ledger;
        this.insurers = insurers;
        this.hospital = hospital;
        this.props = props;
        this.clock = clock;
        this.events = events;
    }

    /** Makes the batches of a run (in one transaction) and says which batches are to be delivered. */
    @Transactional
    public BillingRun run(String trigger) {
        ledger.lockBillingRun();
        long runId = ledger.createRun(trigger == null ? "API" : trigger);
        Map<String, Map<YearMonth, List<BatchMember>>> groups = new TreeMap<>();
        Map<String, String> insurerOfCode = new HashMap<>();
        ledger.forEachUninvoiced((UninvoicedSession s) -> groups
                .computeIfAbsent(insurerOfCode.computeIfAbsent(s.insurerCode(),
                        code -> insurers.forMutuality(InsurerCode.parse(code)).id()), k -> new TreeMap<>())
                .computeIfAbsent(YearMonth.from(s.sessionDate()), k -> new ArrayList<>())
                .add(s.member()));
        int batches = 0;
        int sessions = 0;
        for (var byInsurer : groups.entrySet()) {
            Insurer insurer = insurers.byId(byInsurer.getKey()).orElseThrow();
            InvoiceFormat format = Formats.INVOICES.named(insurer.format());
            for (var byMonth : byInsurer.getValue().entrySet()) {
                List<BatchMember> ids = byMonth.getValue();
                for (int from = 0; from < ids.size(); from += insurer.maxLinesPerBatch()) {
                    List<BatchMember> part = ids.subList(from, Math.min(ids.size(), from + insurer.maxLinesPerBatch()));
                    long batchId = ledger.createBatch(runId, insurer.id(), byMonth.getKey(), insurer.format(),
                            insurer.channel().type().name().toLowerCase(Locale.ROOT), insurer.channel().address());
                    String fileName = "PSYGATE-%s-%s-%08d.%s".formatted(insurer.id(),
                            byMonth.getKey().toString().replace("-", ""), batchId, format.fileExtension());
                    ledger.fill(batchId, part, fileName);
                    batches++;
                    sessions += part.size();
                }
            }
        }
        ledger.finishRun(runId, batches, sessions);
        if (sessions >= STATISTICS_AFTER) {
            ledger.refreshStatistics();
        }
        List<Long> pending = ledger.pendingBatchIds();
        log.info("Billing run {} ({}): {} new batches holding {} sessions; {} batches to deliver", runId, trigger,
                batches, sessions, pending.size());
        return new BillingRun(runId, batches, sessions, pending);
    }

    /**
     * Claims the delivery of a batch for this instance: false when the batch is delivered already, or another
     * instance delivers it now (two billing runs at once, a run and a restart's resume). A claim older than
     * {@code psygate.billing.delivery-lease} is taken again: its instance died while delivering.
     */
    public boolean claimDelivery(long batchId) {
        Instant now = Instant.now();
        boolean claimed = ledger.claimDelivery(batchId, now, now.minus(props.deliveryLease()));
        if (!claimed) {
            log.info("Invoice batch {} is delivered already or being delivered by another instance: left to it",
                    batchId);
        }
        return claimed;
    }

    /**
     * Renders a batch in its insurer's format into the local work folder. A session the format cannot carry (e.g. a
     * line reference accepted before intake refused its characters) never blocks the others: it is taken out of the
     * batch and held out of billing, still ACCEPTED, with an alert for the operators, and the batch is rendered
     * without it.
     *
     * @return the file to deliver, or null when no session is left in the batch (it is marked EMPTY)
     */
    public RenderedInvoice render(long batchId) {
        BatchRecord batch = ledger.batch(batchId).orElseThrow(() -> new IllegalArgumentException("no batch " + batchId));
        InvoiceFormat format = Formats.INVOICES.named(batch.format());
        List<InvoiceLine> lines = new ArrayList<>(ledger.linesOf(batchId));
        while (!lines.isEmpty()) {
            InvoiceBatch invoice = new InvoiceBatch(batch.id(), batch.insurerId(), batch.serviceMonth(),
                    LocalDate.now(clock), hospital.sender(), lines, props.testFiles());
            try {
                Path file = write(format, invoice, batch.fileName());
                return new RenderedInvoice(batch.id(), batch.insurerId(), batch.format(), batch.channel(),
                        batch.destination(), batch.fileName(), file.toFile(), lines.size());
            } catch (InvoiceFormatException e) {
                long sessionId = e.sessionId().orElseThrow(() -> e);
                if (lines.stream().noneMatch(line -> line.sessionId() == sessionId)) {
                    throw e;
                }
                hold(batch, sessionId, e.getMessage());
                lines.removeIf(line -> line.sessionId() == sessionId);
            }
        }
        ledger.markEmpty(batchId);
        log.warn("Invoice batch {} for insurer {} has no session left to bill: nothing is delivered", batchId,
                batch.insurerId());
        return null;
    }

    private Path write(InvoiceFormat format, InvoiceBatch invoice, String fileName) {
        try {
            PrivateFiles.createDirectories(props.workDir());
            Path target = props.workDir().resolve(fileName);
            Path tmp = Files.createTempFile(props.workDir(), "batch-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    format.write(invoice, out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void hold(BatchRecord batch, long sessionId, String problem) {
        HeldSession held = ledger.holdFromBilling(batch.id(), sessionId, problem);
        log.warn("Session {} of practice {} taken out of invoice batch {} for insurer {} and held from billing: {}",
                held.sessionId(), held.practiceInami(), batch.id(), batch.insurerId(), problem);
        events.publish(new OpsEvent.SessionHeldFromBilling(held.sessionId(), held.practiceInami(), held.fileId(),
                held.lineNumber(), batch.id(), batch.insurerId(), batch.format(), problem, Instant.now()));
    }

    /** The insurer's channel took the batch: it is delivered. Returns the event for the operators. */
    @Transactional
    public OpsEvent.BatchDelivery delivered(long batchId) {
        ledger.markDelivered(batchId);
        BatchRecord b = ledger.batch(batchId).orElseThrow();
        log.info("Invoice batch {} delivered to insurer {} ({}, {} lines)", b.id(), b.insurerId(), b.channel(),
                b.lineCount());
        return event(OpsEvent.Delivery.BATCH_DELIVERED, b, null);
    }

    /** Delivery failed after its retries: the batch stays pending. Returns the event for the operators. */
    @Transactional
    public OpsEvent.BatchDelivery deliveryFailed(long batchId, String error) {
        ledger.recordFailure(batchId, error);
        BatchRecord b = ledger.batch(batchId).orElseThrow();
        log.warn("Invoice batch {} for insurer {} could not be delivered ({}): it stays pending", b.id(),
                b.insurerId(), error);
        return event(OpsEvent.Delivery.BATCH_DELIVERY_FAILED, b, error);
    }

    /** The batches made but not delivered yet, oldest first. */
    public List<Long> pendingBatchIds() {
        return ledger.pendingBatchIds();
    }

    public List<BatchRecord> batchesOfRun(long runId) {
        return ledger.batchesOfRun(runId);
    }

    private static OpsEvent.BatchDelivery event(OpsEvent.Delivery delivery, BatchRecord b, String error) {
        return new OpsEvent.BatchDelivery(delivery, b.id(), b.insurerId(), b.serviceMonth(), b.format(), b.channel(),
                b.fileName(), b.lineCount(), b.totalInsurerShare(), b.attempts(), error, Instant.now());
    }
}
