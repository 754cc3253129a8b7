package be.psygate.billing.format.publiclayout;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.TestBatches;
import be.psygate.billing.Formats;
import be.psygate.billing.format.publiclayout.PublicLayout.Part;
import be.psygate.money.Amounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's efact files read zone for zone by a reader that knows only the public layout
 * ({@code efact/public-layout.csv}, written from the two public eFact implementations) and none of the gateway's
 * efact classes: every record where the references put it, the insurer amount of each record 50 equal to the line's
 * insurer share, its reference zone holding the line's {@code line_ref}, the record checks, control numbers, totals
 * and counts as the references compute them.
 */
class GatewayFilesReadByThePublicLayoutTest {

    private static final PublicLayout LAYOUT = PublicLayout.load();

    static Stream<InvoiceBatch> batches() {
        return Stream.of(TestBatches.sample(), TestBatches.large());
    }

    @ParameterizedTest
    @MethodSource("batches")
    void theFileIsSegments200And300ThenRecordsInTheOrderOfTheReferences(InvoiceBatch batch) {
        String file = render(batch);
        List<Part> parts = LAYOUT.parts(file);

        assertThat(LAYOUT.length("200")).isEqualTo(67);
        assertThat(LAYOUT.length("300")).isEqualTo(160);
        assertThat((file.length() - 227) % 350).isZero();
        String types = parts.stream().map(Part::type).collect(Collectors.joining(" "));
        assertThat(types).matches("200 300 10( 20( 50)+ 80)+ 90( 95)+ 96");
        Part message = parts.get(0);
        assertThat(message.zone("Type 920000")).isEqualTo("920000");
        assertThat(message.zone("Type message 12 prod/92 test")).isEqualTo(batch.testMode() ? "92" : "12");
        assertThat(Long.parseLong(message.zone("Reference numerique message prestataire")))
                .isEqualTo(batch.batchNumber());
        Part sending = parts.get(1);
        Part header = parts.get(2);
        assertThat(sending.at(1)).isEqualTo(String.format(Locale.ROOT, "%04d%02d", batch.serviceMonth().getYear(),
                batch.serviceMonth().getMonthValue()));
        assertThat(sending.at(9)).isEqualTo(header.zone("NumeroDeLenvoi"));
        assertThat(sending.at(39)).isEqualTo(header.zone("VersionFichier"));
        assertThat(sending.zone("Type de facture : 01 hospit / 03 ambulatoire / 09 mixte")).isEqualTo("03");
        assertThat(header.zone("VersionFichier")).isEqualTo(batch.testMode() ? "9991999" : "0001999");
        assertThat(header.zone("ContenuDeLaFacturation")).isEqualTo("040");
        assertThat(header.zone("NumeroTiersPayant")).isEqualTo("0" + batch.sender().inami().value());
        assertThat(header.zone("AnneeDeFacturation") + header.zone("MoisDeFacturation"))
                .isEqualTo("0" + sending.at(1));
        assertThat(header.zone("BCE")).isEqualTo(batch.sender().bce().value());
        assertThat(header.zone("IbanCompteFinancierAPartie1_2_3_4_5et6").strip())
                .isEqualTo(batch.sender().iban().value());
    }

    @ParameterizedTest
    @MethodSource("batches")
    void eachRecord50CarriesTheLinesInsurerShareAndLineRefWhereTheReferencesPutThem(InvoiceBatch batch) {
        List<Part> services = LAYOUT.parts(render(batch)).stream().filter(p -> p.type().equals("50")).toList();
        List<InvoiceLine> lines = batch.lines();

        assertThat(services).hasSameSizeAs(lines);
        for (int i = 0; i < lines.size(); i++) {
            Part service = services.get(i);
            InvoiceLine line = lines.get(i);
            assertThat(PublicLayout.signedCents(service.zone("SigneMontantInterventionDeLassurance")))
                    .as("insurer amount of line %s", line.lineRef().value())
                    .isEqualTo(Amounts.toCents(line.insurerShare()));
            assertThat(PublicLayout.signedCents(service.zone("SigneInterventionPersonnellePatient")))
                    .isEqualTo(Amounts.toCents(line.copay()));
            assertThat(service.zone("ReferenceDeLetablissement").stripTrailing()).isEqualTo(line.lineRef().value());
            assertThat(service.zone("CodeNomenclatureOuPseudoCodeNomenclature"))
                    .isEqualTo("0" + line.pseudocode().value());
            assertThat(service.zone("IdentificationDuDispensateur")).isEqualTo("0" + line.psychologist().value());
            assertThat(service.zone("NumeroMutualiteDaffiliation")).isEqualTo(line.mutuality().value());
            assertThat(service.zone("IdentificationBeneficiairePartie1et2")).isEqualTo("00" + line.patient().value());
            assertThat(service.zone("NormeDispensateur")).isEqualTo("1");
            assertThat(service.zone("SigneNombreDunites")).isEqualTo("+0001");
        }
    }

    @ParameterizedTest
    @MethodSource("batches")
    void recordChecksAreTheReferencesAndTheSummariesHaveNone(InvoiceBatch batch) {
        for (Part part : LAYOUT.parts(render(batch))) {
            switch (part.type()) {
                case "200", "300" -> {
                }
                case "95", "96" -> assertThat(part.text().substring(93)).isBlank();
                default -> assertThat(part.zone("Chiffres de controle de l'enregistrement"))
                        .as("record check of a record %s", part.type())
                        .isEqualTo(String.format(Locale.ROOT, "%02d", PublicLayout.recordCheck(part.text())));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("batches")
    void controlNumbersTotalsAndCountsAreTheReferences(InvoiceBatch batch) {
        List<Part> parts = LAYOUT.parts(render(batch));
        List<Part> invoice = new ArrayList<>();
        List<Part> all = new ArrayList<>();
        Map<String, List<Part>> byMutuality = new LinkedHashMap<>();
        Map<String, Integer> recordsByMutuality = new LinkedHashMap<>();
        int records = 0;
        long invoiceRecords = 0;
        Part footer = null;
        List<Part> summaries = new ArrayList<>();
        Part total = null;
        for (Part part : parts) {
            if (part.type().length() == 2) {
                records++;
            }
            switch (part.type()) {
                case "20" -> invoiceRecords = 1;
                case "50" -> {
                    invoice.add(part);
                    all.add(part);
                    byMutuality.computeIfAbsent(part.zone("NumeroMutualiteDaffiliation"), m -> new ArrayList<>())
                            .add(part);
                    invoiceRecords++;
                }
                case "80" -> {
                    assertThat(Integer.parseInt(part.zone("chiffres de controle de la facture")))
                            .isEqualTo(PublicLayout.controlNumber(invoice));
                    assertThat(PublicLayout.signedCents(part.zone("SigneMontantDeCompteFinancierA")))
                            .isEqualTo(cents(invoice));
                    recordsByMutuality.merge(part.zone("NumeroMutualiteDaffiliation"), (int) invoiceRecords + 1,
                            Integer::sum);
                    invoice.clear();
                }
                case "90" -> footer = part;
                case "95" -> summaries.add(part);
                case "96" -> total = part;
                default -> {
                }
            }
        }
        assertThat(footer).isNotNull();
        assertThat(Integer.parseInt(footer.zone("chiffres de controle de la facture")))
                .isEqualTo(PublicLayout.controlNumber(all));
        assertThat(PublicLayout.signedCents(footer.zone("SigneMontantTotalNumeroCompteFinancierA")))
                .isEqualTo(Amounts.toCents(batch.totalInsurerShare()));
        assertThat(summaries).extracting(s -> s.at(5)).containsExactlyElementsOf(byMutuality.keySet());
        for (Part summary : summaries) {
            List<Part> services = byMutuality.get(summary.at(5));
            assertThat(Integer.parseInt(summary.zone("Lien T80 Z98 N controle par mutuelle")))
                    .isEqualTo(PublicLayout.controlNumber(services));
            assertThat(PublicLayout.signedCents(summary.at(24) + summary.at(25))).isEqualTo(cents(services));
            assertThat(Integer.parseInt(summary.zone("Nombre d'enregistrement")))
                    .as("the 20s, 50s and 80s of the mutuality").isEqualTo(recordsByMutuality.get(summary.at(5)));
        }
        assertThat(total).isNotNull();
        assertThat(total.at(5)).isEqualTo(batch.insurerId().charAt(0) + "99");
        assertThat(Integer.parseInt(total.zone("Lien T90 Z98 N controle envoi")))
                .isEqualTo(Integer.parseInt(footer.zone("chiffres de controle de la facture")));
        assertThat(PublicLayout.signedCents(total.at(24) + total.at(25)))
                .isEqualTo(Amounts.toCents(batch.totalInsurerShare()));
        assertThat(Integer.parseInt(total.zone("Nombre d'enregistrement"))).as("every record, 10 to 96")
                .isEqualTo(records);
    }

    private static long cents(List<Part> services) {
        return services.stream().mapToLong(s -> PublicLayout.signedCents(s.zone("SigneMontantInterventionDeLassurance")))
                .sum();
    }

    private static String render(InvoiceBatch batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Formats.INVOICES.named("efact").write(batch, out);
        return out.toString(StandardCharsets.US_ASCII);
    }
}
