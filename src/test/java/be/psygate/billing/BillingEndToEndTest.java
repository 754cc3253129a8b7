package be.psygate.billing;

import be.psygate.billing.format.publiclayout.PublicLayout;
import be.psygate.insurer.SimulatedInsurer;
import be.psygate.insurer.SimulatedInsurer.Receipt;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import be.psygate.identity.TestIds;
import be.psygate.money.Amounts;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Lists in, a billing run, and invoices at three insurers in three formats on two channels (README.md, issue
 * "Invoicing the insurers"): 100 in efact over SFTP, 200 in XML over Artemis, 300 in CSV over SFTP, each read
 * back by the simulated insurer. A delivery that fails leaves its batch pending; the next run delivers it, and
 * every session is billed exactly once.
 */
class BillingEndToEndTest extends GatewayTest {

    @Autowired
    SimulatedInsurer insurer;

    @Test
    void invoicesEachInsurerInItsFormatAndBillsEverySessionOnceEvenAfterAFailedDelivery() throws Exception {
        TestPractice practice = registeredPractice("biller");
        List<String> lines = new ArrayList<>();
        lines.add(TestPractice.HEADER);
        String[] mutualities = {"116", "228", "319"};
        for (int i = 1; i <= 12; i++) {
            String mutuality = mutualities[i % 3];
            lines.add("BILL-" + i + ";" + practice.inami() + ";" + TestIds.niss("900101", 100 + i, false) + ";"
                    + mutuality + ";" + (i % 2 == 0 ? "Y" : "N") + ";2025-04-" + String.format("%02d", i)
                    + ";792691;;;");
        }
        Path ack = sendList("biller", "april.csv", TestPractice.text(lines));
        assertThat(sessionsOf(practice, "ACCEPTED")).isEqualTo(12);

        // insurer 300's folder cannot be written: its delivery fails, the others go through
        Path blocked = DATA_DIR.resolve("sftp/insurers/300/in");
        Files.createDirectories(blocked.getParent());
        Files.deleteIfExists(blocked);
        Files.writeString(blocked, "not a folder");
        ResponseEntity<Map> first = rest.withBasicAuth("admin", "admin").postForEntity("/api/billing-runs", null,
                Map.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(uninvoiced(practice)).isZero();
        await().atMost(WAIT).until(() -> received(practice, "100") == 4 && received(practice, "200") == 4);
        assertThat(received(practice, "300")).isZero();
        assertThat(pendingBatchesHolding(practice)).isEqualTo(1);

        // the folder is mended; the next run delivers the pending batch and bills nothing again
        Files.delete(blocked);
        rest.withBasicAuth("admin", "admin").postForEntity("/api/billing-runs", null, Map.class);
        await().atMost(WAIT).until(() -> received(practice, "300") == 4);
        assertThat(pendingBatchesHolding(practice)).isZero();
        assertThat(received(practice, "100")).isEqualTo(4);
        assertThat(received(practice, "200")).isEqualTo(4);

        // formats and channels as configured in mappings/insurers.yaml
        assertThat(receiptsWith(practice)).extracting(r -> r.insurerId() + ":" + r.format() + ":" + r.channel())
                .containsExactlyInAnyOrder("100:efact:sftp", "200:xml:jms", "300:csv:sftp");
        // each batch as the insurer read it adds up to what the ledger holds, to the cent
        for (Receipt r : receiptsWith(practice)) {
            BigDecimal ledgerTotal = jdbc.sql("select total_insurer_share from invoice_batch where id = ?")
                    .param(r.batch().batchNumber()).query(BigDecimal.class).single();
            assertThat(r.batch().totalInsurerShare()).isEqualByComparingTo(ledgerTotal);
            assertThat(r.batch().lines()).allMatch(l -> l.lineRef().value().startsWith("BILL-")
                    || !l.psychologist().value().equals(practice.inami()));
        }
        // the efact file as delivered, read by the public layout alone: each record 50 of the practice carries its
        // line_ref in the reference zone and, as insurer amount, the insurer_share its acknowledgement gave
        Map<String, Long> acked = ackedInsurerShares(ack);
        Receipt efact = receiptsWith(practice).stream().filter(r -> r.format().equals("efact")).findFirst()
                .orElseThrow();
        List<PublicLayout.Part> services = PublicLayout.load().parts(Files.readString(
                delivered(efact.fileName()), StandardCharsets.US_ASCII)).stream()
                .filter(p -> p.type().equals("50") && p.zone("ReferenceDeLetablissement").startsWith("BILL-"))
                .toList();
        assertThat(services).hasSize(4);
        assertThat(services).allSatisfy(p -> assertThat(PublicLayout.signedCents(
                p.zone("SigneMontantInterventionDeLassurance")))
                .isEqualTo(acked.get(p.zone("ReferenceDeLetablissement").strip())));
        // 4 standard (66.10) and 2+2 preferential (73.10) sessions per insurer, whatever the order
        BigDecimal ours = receiptsWith(practice).stream().flatMap(r -> r.batch().lines().stream())
                .filter(l -> l.psychologist().value().equals(practice.inami()))
                .map(InvoiceLine::insurerShare).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(ours).isEqualByComparingTo("835.20"); // 6 x 66.10 + 6 x 73.10
    }

    @Test
    void anInsurerLogsInToItsOwnHomeAndSeesNothingElse() throws Exception {
        Session session = sftpSession("insurer300", "insurer-300-demo");
        try {
            ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
            sftp.connect(10_000);
            List<String> names = new ArrayList<>();
            for (Object entry : sftp.ls(".")) {
                names.add(((ChannelSftp.LsEntry) entry).getFilename());
            }
            assertThat(names).contains("in", "out").doesNotContain("practices");
            assertThat(sftp.pwd()).isEqualTo("/");
            sftp.cd("..");
            assertThat(sftp.pwd()).isEqualTo("/");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sftp.ls("/../../practices"))
                    .isInstanceOf(SftpException.class);
            sftp.disconnect();
        } finally {
            session.disconnect();
        }
    }

    private int sessionsOf(TestPractice practice, String status) {
        return jdbc.sql("select count(*) from session_line where practice_inami = ? and status = ?")
                .params(practice.inami(), status).query(Integer.class).single();
    }

    /** The insurer share of each accepted line of an acknowledgement, in cents, by line_ref. */
    private static Map<String, Long> ackedInsurerShares(Path ack) throws IOException {
        List<String> rows = Files.readAllLines(ack, StandardCharsets.UTF_8);
        List<String> header = List.of(rows.get(0).split(";", -1));
        int ref = header.indexOf("line_ref");
        int share = header.indexOf("insurer_share");
        Map<String, Long> shares = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(";", -1);
            if (!f[share].isEmpty()) {
                shares.put(f[ref], Amounts.toCents(new BigDecimal(f[share])));
            }
        }
        return shares;
    }

    /** The file the simulated insurer took from its SFTP folder, wherever it moved it. */
    private static Path delivered(String fileName) throws IOException {
        try (Stream<Path> files = Files.walk(DATA_DIR.resolve("sftp"))) {
            return files.filter(f -> f.getFileName().toString().equals(fileName)).findFirst().orElseThrow();
        }
    }

    private int uninvoiced(TestPractice practice) {
        return jdbc.sql("select count(*) from session_line l left join session_account a on a.session_id = l.id where l.practice_inami = ? "
                + "and l.status = 'ACCEPTED' and a.invoice_batch_id is null").param(practice.inami()).query(Integer.class).single();
    }

    private int pendingBatchesHolding(TestPractice practice) {
        return jdbc.sql("select count(distinct b.id) from invoice_batch b join session_account a on a.invoice_batch_id = b.id "
                + "join session_line l on l.id = a.session_id where l.practice_inami = ? and b.status = 'PENDING'").param(practice.inami())
                .query(Integer.class).single();
    }

    private long received(TestPractice practice, String insurerId) {
        return insurer.receipts().stream().filter(r -> r.insurerId().equals(insurerId))
                .flatMap(r -> r.batch().lines().stream())
                .filter(l -> l.psychologist().value().equals(practice.inami())).count();
    }

    private List<Receipt> receiptsWith(TestPractice practice) {
        return insurer.receipts().stream().filter(r -> r.batch().lines().stream()
                .anyMatch(l -> l.psychologist().value().equals(practice.inami()))).toList();
    }
}
