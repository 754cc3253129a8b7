package be.psygate.payments.sepa;

import be.psygate.identity.Iban;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Batches, transfers and files shared by the SEPA tests. The IBANs carry correct check digits. */
final class SepaSamples {

    static final Path BANK_FIXTURES = Path.of("test-fixtures/bank");
    static final Iban HOSPITAL = Iban.parse("BE88363000000141");
    static final Iban PSYCHOLOGIST_A = Iban.parse("BE14063123456783");
    static final Iban PSYCHOLOGIST_B = Iban.parse("BE10143098765404");
    static final Iban PSYCHOLOGIST_C = Iban.parse("BE94735001234514");
    static final Debtor DEBTOR = new Debtor("Hopital Demo", HOSPITAL, Bic.parse("BBRUBEBB"));

    private SepaSamples() {
    }

    static CreditTransfer transfer(String endToEndId, String name, Iban iban, String amount, String remittance) {
        return new CreditTransfer(endToEndId, name, iban, new BigDecimal(amount), remittance);
    }

    /** Three transfers of April 2025, names and remittance already in the SEPA Latin set. */
    static CreditTransferBatch threeTransfers() {
        return batch(List.of(
                transfer("PAY-2025-04-0001", "Cabinet Demo", PSYCHOLOGIST_A, "59.49", "PsyGate tranche 1 mars 2025"),
                transfer("PAY-2025-04-0002", "Praktijk Demo", PSYCHOLOGIST_B, "1234.50", "PsyGate schijf 1 maart 2025"),
                transfer("PAY-2025-04-0003", "Jan Peeters", PSYCHOLOGIST_C, "0.01", null)));
    }

    static CreditTransferBatch batch(List<CreditTransfer> transfers) {
        return new CreditTransferBatch("PSYGATE-2025-04-10-001", LocalDateTime.of(2025, 4, 10, 9, 30, 15), DEBTOR,
                LocalDate.of(2025, 4, 11), transfers);
    }

    /** The three transfers' batch for another debtor, without a BIC, paying the transfers given. */
    static CreditTransferBatch fromDebtorWithoutBic(String debtorName, CreditTransfer... transfers) {
        CreditTransferBatch sample = threeTransfers();
        return new CreditTransferBatch("MSG-1", sample.created(), new Debtor(debtorName, HOSPITAL, null),
                sample.executionDate(), List.of(transfers));
    }

    static String written(CreditTransferBatch batch) {
        return written(batch, Pain001Version.V03);
    }

    static String written(CreditTransferBatch batch, Pain001Version version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Pain001Writer(version).write(batch, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
