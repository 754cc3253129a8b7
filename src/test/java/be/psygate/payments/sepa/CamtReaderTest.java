package be.psygate.payments.sepa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static be.psygate.payments.sepa.SepaAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class CamtReaderTest {

    private static final LocalDate APRIL_7 = LocalDate.of(2025, 4, 7);
    private static final LocalDate APRIL_9 = LocalDate.of(2025, 4, 9);

    private final CamtReader reader = new CamtReader();

    @Test
    void theCamt053SampleGivesItsBookedCreditsAndSplitsTheBatch() throws IOException {
        List<BankCredit> credits = fixture("camt053-statement.xml");

        assertThat(credits).containsExactly(
                new BankCredit(APRIL_7, new BigDecimal("132.20"), "Mutualité Chrétienne", "090933755493",
                        "MC-2025-04-0001"),
                new BankCredit(APRIL_7, new BigDecimal("120.00"), "Solidaris", "Facture PSY 2025-03 lot 1",
                        "SOL-2025-03-0042"),
                new BankCredit(APRIL_7, new BigDecimal("180.00"), "Solidaris", "Facture PSY 2025-03 lot 2",
                        "SOL-2025-03-0043"),
                new BankCredit(APRIL_7, new BigDecimal("78.50"), null, null, null));
    }

    @Test
    void theCamt054SampleGivesItsCredits() throws IOException {
        List<BankCredit> credits = fixture("camt054-notification.xml");

        assertThat(credits).containsExactly(
                new BankCredit(APRIL_9, new BigDecimal("1250.75"), "Partenamut",
                        "Remboursement soins psychologiques mars 2025", null),
                new BankCredit(APRIL_9, new BigDecimal("410.00"),
                        "Caisse Auxiliaire d'Assurance Maladie-Invalidité", "RF49SOL2025030042", "HZIV-0425-17"));
        assertThat(credits).allSatisfy(credit -> assertThat(credit.amount().scale()).isEqualTo(2));
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() {
        assertRefused(() -> fixture("xxe-camt054.xml"), "DOCTYPE is not accepted").hasMessageNotContaining("root:");
    }

    @Test
    void aStatementIsValidatedAgainstTheCamt053Schema() throws IOException {
        String withoutBalances = sample("camt053-statement.xml").replaceAll("(?s)<Bal>.*?</Bal>", "");

        assertRefused(() -> read(withoutBalances), "not valid against camt.053.001.02.xsd at line", "Bal");
    }

    @Test
    void aVersionNotReadIsRefusedNamingItsNamespace() {
        assertRefused(() -> fixture("camt053-v13-not-read.xml"), "camt.053.001.02, camt.053.001.03", "camt.054.001.08",
                "its namespace is 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.13'");
    }

    /** The parts of the message are separated by "; ". */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        camt054-notification.xml     | </Acct>                      | </Acct><Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-04-09</Dt></Dt></Bal> | not valid against camt.054.001.02.xsd; Bal
        camt054-notification.xml     | camt.054.001.02              | camt.052.001.02              | not a camt.053 or camt.054 document of a version read here; 'urn:iso:std:iso:20022:tech:xsd:camt.052.001.02'
        camt053-v07-with-header.xml  | <MsgDefIdr>camt.053.001.07   | <MsgDefIdr>camt.052.001.07   | names the message 'camt.052.001.07' but the document is camt.053.001.07
        camt054-notification.xml     | <Amt Ccy="EUR">1250.75       | <Amt Ccy="USD">1250.75       | notification NTF-2025-04-09-0007, entry 1 is a credit in USD
        camt053-statement.xml        | <Amt Ccy="EUR">180.00</Amt>  | <Amt Ccy="EUR">170.00</Amt>  | statement 2025-097, entry 3 is 300.00 but its transactions add up to 290.00
        camt054-notification.xml     | 1250.75                      | 1250.755                     | entry 1; at most two decimals
        """)
    void aSampleSpoiledOneWayIsRefusedSayingWhy(String sample, String from, String to, String message)
            throws IOException {
        String spoilt = sample(sample).replace(from, to);

        assertRefused(() -> read(spoilt), message.split("; "));
    }

    @ParameterizedTest(name = "camt.{0}.001.0{1}")
    @CsvSource({"053,2", "053,3", "053,4", "053,5", "053,6", "053,7", "053,8",
            "054,2", "054,3", "054,4", "054,5", "054,6", "054,7", "054,8"})
    void everyVersionFromTwoToEightIsReadTheSameWay(String message, int version) throws IOException {
        BankStatement statement = readStatementFixture("camt" + message + "-v0" + version + ".xml");
        String reference = "300-00000000" + (message.equals("053") ? "93" : "94") + "0" + version + "-319";

        assertThat(statement.version()).isEqualTo("camt." + message + ".001.0" + version);
        assertThat(statement.message()).isEqualTo(message.equals("053") ? BankStatement.CamtMessage.CAMT_053
                : BankStatement.CamtMessage.CAMT_054);
        assertThat(statement.statements()).containsExactly(new StatementIdentity("BE88363000000141",
                "2025-9" + message.charAt(2) + "-0" + version, String.valueOf(900 + version)));
        assertThat(statement.entries()).hasSize(2);
        BankEntry credit = statement.entries().get(0);
        assertThat(credit.credit()).isTrue();
        assertThat(credit.booked()).as("BOOK, as a code or as a choice").isTrue();
        assertThat(credit.reversal()).isFalse();
        assertThat(credit.amount()).isEqualByComparingTo("66.10");
        assertThat(credit.currency()).isEqualTo("EUR");
        assertThat(credit.account()).isEqualTo("BE88363000000141");
        assertThat(credit.debtorName()).as("Dbtr/Nm or Dbtr/Pty/Nm").isEqualTo("Mutualite Neutre");
        assertThat(credit.date()).isEqualTo(LocalDate.of(2025, 9, version + (message.equals("053") ? 0 : 10)));
        assertThat(credit.bankReference()).isEqualTo("AS" + message + "0" + version + "01");
        if (version % 2 == 0) {
            assertThat(credit.structuredReference()).isEqualTo(reference);
        } else {
            assertThat(credit.unstructured()).containsExactly(reference);
        }
        assertThat(credit.isReturn()).isFalse();
        BankEntry debit = statement.entries().get(1);
        assertThat(debit.credit()).isFalse();
        assertThat(debit.amount()).isEqualByComparingTo("20.00");
        assertThat(debit.endToEndId()).isEqualTo("PSYGATE-9-" + version);
        assertThat(fixture("camt" + message + "-v0" + version + ".xml")).singleElement()
                .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("66.10"));
    }

    @ParameterizedTest(name = "camt.{0}.001.0{1}")
    @CsvSource({"053,2", "053,5", "053,8", "054,3", "054,6", "054,8"})
    void everyVersionIsValidatedAgainstItsOwnSchema(String message, int version) throws IOException {
        String invalid = sample("camt" + message + "-v0" + version + ".xml")
                .replace("<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>CREDIT</CdtDbtInd>");

        assertRefused(() -> read(invalid), "not valid against camt." + message + ".001.0" + version + ".xsd at line",
                "CREDIT");
    }

    @Test
    void aStatementBesideItsBusinessApplicationHeaderIsRead() throws IOException {
        BankStatement statement = readStatementFixture("camt053-v07-with-header.xml");

        assertThat(statement.version()).isEqualTo("camt.053.001.07");
        assertThat(statement.statements()).containsExactly(
                new StatementIdentity("BE88363000000141", "2025-950", "950"));
        assertThat(statement.entries()).singleElement()
                .satisfies(e -> assertThat(e.structuredReference()).isEqualTo("300-000000000950-319"));
    }

    @Test
    void anInvalidDocumentUnderAHeaderIsRefused() throws IOException {
        String invalid = sample("camt053-v07-with-header.xml").replace("<Bal>", "<Balance>")
                .replace("</Bal>", "</Balance>");

        assertRefused(() -> read(invalid), "not valid against camt.053.001.07.xsd");
    }

    @Test
    void anExternalEntityUnderAHeaderIsRefusedToo() throws IOException {
        String xxe = sample("camt053-v07-with-header.xml").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE BizMsg [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>")
                .replace("<Id>2025-950</Id>", "<Id>&x;</Id>");

        assertRefused(() -> read(xxe), "DOCTYPE is not accepted");
    }

    @Test
    void aReturnedTransferIsReadWithItsReasonAndEndToEndId() throws IOException {
        for (String fixture : List.of("camt053-v08-return.xml", "camt054-v02-return.xml")) {
            BankStatement statement = readStatementFixture(fixture);

            assertThat(statement.entries()).as(fixture).singleElement().satisfies(entry -> {
                assertThat(entry.isReturn()).isTrue();
                assertThat(entry.returnReason()).isEqualTo("AC04");
                assertThat(entry.endToEndId()).isEqualTo("PSYGATE-1-1");
                assertThat(entry.credit()).isTrue();
                assertThat(entry.amount()).isEqualByComparingTo("96.10");
            });
        }
    }

    private BankStatement readStatementFixture(String name) throws IOException {
        try (InputStream in = Files.newInputStream(SepaSamples.BANK_FIXTURES.resolve(name))) {
            return reader.readStatement(in);
        }
    }

    private List<BankCredit> fixture(String name) throws IOException {
        try (InputStream in = Files.newInputStream(SepaSamples.BANK_FIXTURES.resolve(name))) {
            return reader.read(in);
        }
    }

    private static String sample(String name) throws IOException {
        return Files.readString(SepaSamples.BANK_FIXTURES.resolve(name));
    }

    private List<BankCredit> read(String xml) {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aStatementIsReadWholeEveryEntryWithItsAccountWhateverItIs() throws IOException {
        BankStatement statement = readStatementFixture("camt053-weak-evidence.xml");

        assertThat(statement.message()).isEqualTo(BankStatement.CamtMessage.CAMT_053);
        assertThat(statement.statements()).containsExactly(
                new StatementIdentity("BE71096123456769", "2025-201", "201"),
                new StatementIdentity("BE88363000000141", "2025-202", "202"),
                new StatementIdentity("BE88363000000141", "2025-203", "203"));
        assertThat(statement.entries()).hasSize(10);
        assertThat(statement.entries()).extracting(BankEntry::account).startsWith("BE71096123456769");
        assertThat(statement.entries().get(2).currency()).isEqualTo("USD");
        BankEntry additional = statement.entries().get(3);
        assertThat(additional.additionalInfo()).isEqualTo("Virement Solidaris 300-000000000803-319");
        assertThat(additional.bankReference()).isEqualTo("2107250004");
        assertThat(statement.entries().get(4).amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void theUstrdLinesOfANotificationAreKeptApart() throws IOException {
        BankStatement statement = readStatementFixture("camt054-rest-of-payment.xml");

        assertThat(statement.identityKey()).isEqualTo("CAMT_054:BE88363000000141/2025-07-22-N1/1022");
        assertThat(statement.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.unstructured()).containsExactly("Remboursement 300-0000000", "00803-319");
            assertThat(entry.date()).isEqualTo(LocalDate.of(2025, 7, 22));
        });
    }
}
