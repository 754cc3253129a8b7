package be.psygate.billing.format.publiclayout;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.TestBatches;
import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.billing.Formats;
import be.psygate.billing.format.publiclayout.PublicLayout.Zone;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Pseudocode;
import be.psygate.money.Amounts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A sending in the shape of the public test sendings ({@code TFAC1SC*} of {@code PieterBlomme/ehealth-pyconnector}:
 * segments 200 and 300, then a 10, one patient's 20, 50 and 80, the 90, one 95 and the 96), written here zone by
 * zone from the public layout alone ({@code efact/public-layout.csv}), is read by the gateway's reader into a batch.
 * The public files' values differ from the gateway's conventions (their record checks are 10 higher than both
 * references and the insurers compute, their institution reference is free text where the gateway carries its
 * batch number), so this sending is written with the gateway's conventions in their shape; one of the public files
 * itself is read, as another sender's sending, by {@link ThePublicTestSendingIsReadByTheGatewaysReaderTest}.
 */
class ASendingShapedLikeThePublicTestSendingsIsReadByTheGatewayTest {

    private static final PublicLayout LAYOUT = PublicLayout.load();
    private static final String INAMI = "0" + TestBatches.sender().inami().value();

    @Test
    void theGatewaysReaderReadsIt() {
        InvoiceBatch read = Formats.INVOICES.named("efact").read(new ByteArrayInputStream(
                sending().getBytes(StandardCharsets.US_ASCII)));

        InvoiceLine line = new InvoiceLine(1005, LineRef.parse("SC13-0001"), TestBatches.PSYCHOLOGIST_A,
                TestBatches.PATIENT_2001, InsurerCode.parse("131"), LocalDate.of(2025, 3, 5), Pseudocode.parse("792632"),
                amount("20.92"), amount("19.42"), amount("1.50"), null, null, null);
        assertThat(read).isEqualTo(new InvoiceBatch(509, "100", YearMonth.of(2025, 3), LocalDate.of(2025, 4, 2),
                TestBatches.sender().withName("CONTACT CIN"), java.util.List.of(line), true));
    }

    @Test
    void aRecordCheckTenHigherAsInThePublicTestSendingsIsRefused() {
        String sending = sending();
        int at = 227 + 349 - 1;
        int check = Integer.parseInt(sending.substring(at, at + 2));
        String tenHigher = sending.substring(0, at) + String.format(Locale.ROOT, "%02d", (check + 10) % 97)
                + sending.substring(at + 2);

        assertThatThrownBy(() -> Formats.INVOICES.named("efact").read(new ByteArrayInputStream(
                tenHigher.getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("the record check");
    }

    /** The sending, each record filled zone by zone by the public names: zeros first, then the values. */
    private static String sending() {
        String patient = "00" + TestBatches.PATIENT_2001.value();
        StringBuilder out = new StringBuilder();
        out.append(part("200", "Type 920000", "920000", "N version format message premiere version 01", "01",
                "Type message 12 prod/92 test", "92", "Reference numerique message prestataire", "00000000000509"));
        out.append(part("300", "Lien T10 Z22&23 Anne et mois facturation", "202503", "Lien T10 Z7 Numro d'envoi", "509",
                "Lien T10 Z25 Date cration facture", "20250402", "Reference facture", "509          ",
                "Lien T10 Z4 Numro version instructions 0001999 production / 9991999 test", "9991999",
                "Nom personne contact", pad("CONTACT CIN", 45), "Prenom personne de contact", pad("", 24),
                "Type de facture : 01 hospit / 03 ambulatoire / 09 mixte", "03",
                "Type facturation : 01 1 fichier 1 compte / 02 1 fichier 2 comptes", "01"));
        out.append(checked(part("10", "EnregistrementType 10", "10", "NumeroOrdreEnregistrement", "000001",
                "NombreNumerosComptesFinanciers", "1", "VersionFichier", "9991999", "NumeroDeLenvoi", "509",
                "ContenuDeLaFacturation", "040", "NumeroTiersPayant", INAMI, "AnneeDeFacturation", "02025",
                "MoisDeFacturation", "03", "DateDeCreationPartie1et2", "20250402",
                "BCE", TestBatches.sender().bce().value(), "ReferenceDeLetablissement", pad("509", 25),
                "BicCompteFinancierAPartie1_2_3et4", pad(TestBatches.sender().bic(), 11),
                "IbanCompteFinancierAPartie1_2_3_4_5et6", pad(TestBatches.sender().iban().value(), 34))));
        out.append(checked(part("20", "EnregistrementDeType20 20", "20", "NumeroDordreDeLenregistrement", "000002",
                "NumeroMutualiteDaffiliation", "131", "IdentificationBeneficiairePartie1et2", patient,
                "SexeBeneficiaire", "2", "TypeFacture", "3", "NumeroDeLetablissementQuiFacture", INAMI,
                "NumeroMutualiteDeDestination", "131", "NumeroDeLaFactureIndividuellePartie1et2", "000000000001",
                "ReferenceDeLetablissement", pad("509", 25), "FlagIdentificationDuBeneficiaire", "1")));
        out.append(checked(part("50", "EnregistrementDeType50 50", "50", "NumeroDordreDeLenregistrement", "000003",
                "CodeNomenclatureOuPseudoCodeNomenclature", "0792632", "DatePremierePrestationEffectuee", "20250305",
                "DateDernierePrestationEffectueePartie1et2", "20250305", "NumeroMutualiteDaffiliation", "131",
                "IdentificationBeneficiairePartie1et2", patient, "SexeBeneficiaire", "2", "CodeService", "990",
                "IdentificationDuDispensateur", "0" + TestBatches.PSYCHOLOGIST_A.value(), "NormeDispensateur", "1",
                "SigneMontantInterventionDeLassurance", "+00000001942", "SigneNombreDunites", "+0001",
                "SigneInterventionPersonnellePatient", "+000000150", "ReferenceDeLetablissement",
                pad("SC13-0001", 25), "SigneMontantSupplementPartie1et2", "+000000000", "PrestataireConventionne", "1",
                "NumeroDeLattestationDadministrationPartie1et2", "000000001005")));
        out.append(checked(part("80", "EnregistrementDeType80 80", "80", "NumeroDordreDeLenregistrement", "000004",
                "NumeroMutualiteDaffiliation", "131", "IdentificationBeneficiairePartie1", patient, "SexeBeneficiaire",
                "2", "TypeFacture", "3", "NumeroDeLetablissementQuiFacture", INAMI, "SigneMontantDeCompteFinancierB",
                "+00000000000", "NumeroMutualiteDeDestination", "131", "SigneMontantDeCompteFinancierA",
                "+00000001942", "DateDeLaFacturePartie1et2", "20250402", "NumeroDeLaFactureIndividuellePartie1et2",
                "000000000001", "SigneInterventionPersonnellePatient", "+000000150", "ReferenceDeLetablissement",
                pad("509", 25), "Z27SigneMontantSupplementPartie1et2", "+000000000",
                "FlagIdentificationDuBeneficiaire", "1", "SigneAcompteNumeroCompteFinancierA", "+00000000000",
                "chiffres de controle de la facture", control())));
        out.append(checked(part("90", "EnregistrementDeType90 90", "90", "NumeroDordreDeLenregistrement", "000005",
                "NumeroDenvoi", "509", "NumeroTiersPayant", INAMI, "SigneMontantTotalNumeroCompteFinancierB",
                "+00000000000", "SigneMontantTotalNumeroCompteFinancierA", "+00000001942", "AnneeDeFacturation",
                "02025", "MoisDeFacturation", "03", "BCE", TestBatches.sender().bce().value(),
                "ReferenceDeLetablissement", pad("509", 25), "BicCompteFinancierAPartie1_2_3et4",
                pad(TestBatches.sender().bic(), 11), "IbanCompteFinancierAPartie1_2_3_4_5et6",
                pad(TestBatches.sender().iban().value(), 34), "chiffres de controle de la facture", control())));
        out.append(summary("95", "131", "000000000001", "00000003"));
        out.append(summary("96", "199", "000000000000", "00000007"));
        return out.toString();
    }

    /** The control number of the one service, as the references compute it. */
    private static String control() {
        return String.format(Locale.ROOT, "%02d", 792632 % 97);
    }

    private static String summary(String type, String mutuality, String number, String records) {
        int[] starts = {1, 3, 5, 8, 10, 22, 24, 25, 36, 38, 39, 50, 52, 53, 64, 66, 74, 76, 78};
        String[] values = {type, "00", mutuality, "00", number, "00", "+", "00000001942", "00", "+", "00000000000",
                "00", "+", "00000001942", "00", records, "00", control(), "00"};
        char[] text = new char[350];
        Arrays.fill(text, ' ');
        for (int i = 0; i < starts.length; i++) {
            values[i].getChars(0, values[i].length(), text, starts[i] - 1);
        }
        return new String(text);
    }

    /** A part of that type, all zeros, with the named zones set; a value must have the zone's length. */
    private static String part(String type, String... namesAndValues) {
        char[] text = new char[LAYOUT.length(type)];
        Arrays.fill(text, '0');
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = namesAndValues[i];
            String value = namesAndValues[i + 1];
            Zone zone = LAYOUT.zones(type).stream().filter(z -> z.name().equals(name)).findFirst().orElseThrow();
            assertThat(value).as("%s of %s", name, type).hasSize(zone.length());
            value.getChars(0, value.length(), text, zone.start() - 1);
        }
        return new String(text);
    }

    /** The record with its record check, as the references compute it, in its last two positions. */
    private static String checked(String record) {
        return record.substring(0, 348) + String.format(Locale.ROOT, "%02d", PublicLayout.recordCheck(record));
    }

    private static String pad(String text, int length) {
        return String.format(Locale.ROOT, "%-" + length + "s", text);
    }

    private static BigDecimal amount(String text) {
        return Amounts.exact(new BigDecimal(text));
    }
}
