package be.psygate.insurer;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.format.InvoiceFormat;
import be.psygate.billing.Formats;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.ReturnFormat;
import be.psygate.billing.returns.ReturnProfile;
import be.psygate.billing.returns.SimulatedReturns;
import be.psygate.ops.OpsEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.random.RandomGenerator;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the insurers' systems, for the demo and the tests ({@code routes/simulated-insurer.yaml}, on when
 * {@code psygate.simulated-insurer.enabled=true}): it takes what the gateway sends, on either channel, parses it
 * with the format's reader (which verifies check digits, control numbers or the schema) and remembers it.
 */
@Component
public class SimulatedInsurer {

    private static final Logger log = LoggerFactory.getLogger(SimulatedInsurer.class);

    private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    private final SimulatedReturns returns = SimulatedReturns.withCodesFromClasspath();
    private final ReturnProfile profile;
    private final RandomGenerator random;
    private final Clock clock;
    /** The insurers that answer on their own; null for all of them. */
    private final java.util.Set<String> answering;

    public SimulatedInsurer(SimulatedInsurerProperties props, Clock clock) {
        String answering = props.answering().strip();
        this.answering = answering.equalsIgnoreCase("all") ? null
                : java.util.Set.of(answering.isEmpty() ? new String[0] : answering.split("\\s*,\\s*"));
        this.profile = new ReturnProfile(props.refusedShare(), props.partialShare(), props.partialRatio(), false);
        this.random = new java.util.Random(props.seed());
        this.clock = clock;
    }

    /**
     * What the insurer answers to the last file it read: a receipt, then a settlement with its refusals, partial
     * payments and payment references, each rendered in the format it was invoiced in.
     */
    public synchronized List<Answer> answersTo(OpsEvent.InsurerReceived receivedEvent) {
        String fileName = receivedEvent.fileName();
        Receipt receipt = receipts.stream().filter(r -> r.fileName().equals(fileName)).reduce((a, b) -> b)
                .orElseThrow();
        if (answering != null && !answering.contains(receipt.insurerId())) {
            return List.of();
        }
        ReturnFormat format = Formats.ANSWERS.named(receipt.format());
        LocalDate today = LocalDate.now(clock);
        List<Answer> out = new java.util.ArrayList<>();
        for (InsurerReturn answer : returns.answers(receipt.batch(), profile, today, today, random)) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            format.write(answer, bytes);
            String name = "ANSWER-%s-%08d-%s.%s".formatted(answer.insurerId(), answer.batchNumber(),
                    answer.kind().messageType(), format.fileExtension());
            out.add(new Answer(receipt.insurerId() + "/out/" + name, name, receipt.channel(), bytes.toByteArray()));
        }
        return out;
    }

    /** Reads one invoice file; returns the event for the operators. A file that does not parse throws. */
    public OpsEvent.InsurerReceived receive(InputStream content, String fileName, String channel) throws IOException {
        InvoiceFormat format = Formats.INVOICES.forFileName(fileName);
        InvoiceBatch batch = format.read(content);
        Receipt receipt = new Receipt(batch.insurerId(), fileName, format.name(), channel, batch, Instant.now());
        receipts.add(receipt);
        log.info("Simulated insurer {} received {} over {}: batch {}, {} lines, {} EUR", batch.insurerId(), fileName,
                channel, batch.batchNumber(), batch.lines().size(), batch.totalInsurerShare().toPlainString());
        return new OpsEvent.InsurerReceived(batch.insurerId(), fileName, channel, batch.batchNumber(),
                batch.lines().size(), batch.totalInsurerShare(), receipt.at());
    }

    public OpsEvent.InsurerReceived receiveMessage(byte[] content, String fileName, String channel) throws IOException {
        return receive(new ByteArrayInputStream(content), fileName, channel);
    }

    /** Everything received so far, oldest first. */
    public List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    /** One answer to send back: its path under the insurers' folder (SFTP) or its name (Artemis). */
    public record Answer(String path, String fileName, String channel, byte[] content) {
    }

    /** One invoice file as the simulated insurer read it. */
    public record Receipt(String insurerId, String fileName, String format, String channel, InvoiceBatch batch,
                          Instant at) {
    }
}
