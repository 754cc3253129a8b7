package be.psygate.insurer;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.format.InvoiceFormat;
import be.psygate.billing.format.InvoiceFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Reads one invoice file; returns the event for the operators. A file that does not parse throws. */
    public Map<String, Object> receive(InputStream content, String fileName, String channel) throws IOException {
        InvoiceFormat format = InvoiceFormats.forFileName(fileName);
        InvoiceBatch batch = format.read(content);
        Receipt receipt = new Receipt(batch.insurerId(), fileName, format.name(), channel, batch, Instant.now());
        receipts.add(receipt);
        log.info("Simulated insurer {} received {} over {}: batch {}, {} lines, {} EUR", batch.insurerId(), fileName,
                channel, batch.batchNumber(), batch.lines().size(), batch.totalInsurerShare().toPlainString());
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "INSURER_RECEIVED");
        e.put("insurer", batch.insurerId());
        e.put("fileName", fileName);
        e.put("channel", channel);
        e.put("batchId", batch.batchNumber());
        e.put("lines", batch.lines().size());
        e.put("totalInsurerShare", batch.totalInsurerShare().toPlainString());
        e.put("at", receipt.at().toString());
        return e;
    }

    public Map<String, Object> receiveMessage(byte[] content, String fileName, String channel) throws IOException {
        return receive(new ByteArrayInputStream(content), fileName, channel);
    }

    /** Everything received so far, oldest first. */
    public List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    /** One invoice file as the simulated insurer read it. */
    public record Receipt(String insurerId, String fileName, String format, String channel, InvoiceBatch batch,
                          Instant at) {
    }
}
