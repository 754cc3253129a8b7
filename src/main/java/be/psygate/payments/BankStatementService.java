package be.psygate.payments;

import be.psygate.payments.sepa.BankCredit;
import be.psygate.payments.sepa.CamtReader;
import be.psygate.reconciliation.ReturnLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hospital's bank statements (camt.053 or camt.054): each credit is matched to the payment references the
 * insurers announced in their settlements; a match releases the tranches 2 that waited for it (when
 * {@code psygate.payments.release=bank}). Every credit is recorded, matched or not.
 */
@Service
public class BankStatementService {

    private static final Logger log = LoggerFactory.getLogger(BankStatementService.class);

    private final ReturnLedger returns;

    public BankStatementService(ReturnLedger returns) {
        this.returns = returns;
    }

    @Transactional
    public Map<String, Object> receive(byte[] content, String fileName) {
        List<BankCredit> credits = new CamtReader().read(new ByteArrayInputStream(content));
        List<String> waiting = returns.waitingPaymentReferences();
        int matched = 0;
        int released = 0;
        for (BankCredit credit : credits) {
            String text = (credit.remittance() == null ? "" : credit.remittance()) + " "
                    + (credit.endToEndId() == null ? "" : credit.endToEndId());
            String ref = waiting.stream().filter(text::contains).findFirst().orElse(null);
            returns.insertBankCredit(credit.bookingDate(), credit.amount(), credit.remittance(), ref, fileName);
            if (ref != null) {
                matched++;
                released += returns.confirmPaymentReference(ref);
            }
        }
        log.info("Bank statement {}: {} credits, {} matched to insurers' payments, {} tranches released", fileName,
                credits.size(), matched, released);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "BANK_STATEMENT");
        e.put("fileName", fileName);
        e.put("credits", credits.size());
        e.put("matched", matched);
        e.put("released", released);
        e.put("at", Instant.now().toString());
        return e;
    }
}
