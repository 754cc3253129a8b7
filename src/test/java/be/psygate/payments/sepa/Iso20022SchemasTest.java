package be.psygate.payments.sepa;

import jakarta.xml.bind.annotation.XmlSchema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas that validate the files, and from which the JAXB classes are generated, are the ones of
 * {@code mappings/formats}; the two official ISO 20022 schemas are kept byte for byte.
 */
class Iso20022SchemasTest {

    private static final Path FORMATS = Path.of("mappings/formats");
    private static final Pattern TARGET_NAMESPACE = Pattern.compile("targetNamespace=\"([^\"]+)\"");

    /** The ISO 20022 files as published (SWIFTStandards Workstation output of 2009), by SHA-256. */
    private static final Map<String, String> OFFICIAL = Map.of(
            "pain.001.001.03.xsd", "ae2bbba02a6be0119a26f4afcb65ced067453cb1b81d38b26bcc569f19eca93e",
            "camt.054.001.02.xsd", "7ff18dd9ceb927ea6576cc1c367b1e14aa10df3332b21629e1ca5d001fa4cada",
            "camt.054.001.03.xsd", "b417cf34079a97eaf577a10a85bbae065471795030bbad86d68fd54395816949",
            "camt.054.001.04.xsd", "5f4ea2962f95c93bcd0c1b609f9c49dcc9e5d30928051b546b4f17eb35cd7880",
            "pain.001.001.09.xsd", "de038b373e47b0077b1832ddd81f4b2f1eb25d35721f62da1e38b7f5a09fda24",
            "pain.002.001.10.xsd", "2f9f8d0e9891fa9f31ccf0576397afe501614384d688ae6e43ba694b3d24b0cf");

    /** Each schema and the package generated from it. */
    private static final Map<String, Package> GENERATED = Map.of(
            Pain001Writer.SCHEMA, be.psygate.payments.sepa.pain001.Document.class.getPackage(),
            CamtWriter.CAMT054_SCHEMA, be.psygate.payments.sepa.camt054.Document.class.getPackage());

    @Test
    void theSchemasOnTheClasspathAreTheFilesOfMappingsFormats() throws IOException {
        for (String schema : GENERATED.keySet()) {
            byte[] onClasspath;
            try (InputStream in = getClass().getClassLoader()
                    .getResourceAsStream(Iso20022Xml.SCHEMA_FOLDER + schema)) {
                assertThat(in).as(schema).isNotNull();
                onClasspath = in.readAllBytes();
            }
            assertThat(onClasspath).as(schema).isEqualTo(Files.readAllBytes(FORMATS.resolve(schema)));
        }
    }

    @Test
    void theOfficialSchemasAreUnchanged() throws IOException, NoSuchAlgorithmException {
        for (Map.Entry<String, String> official : OFFICIAL.entrySet()) {
            byte[] content = Files.readAllBytes(FORMATS.resolve(official.getKey()));
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            assertThat(sha256).as(official.getKey()).isEqualTo(official.getValue());
        }
    }

    @Test
    void theJaxbClassesAreGeneratedFromThoseSchemas() throws IOException {
        for (Map.Entry<String, Package> generated : GENERATED.entrySet()) {
            Matcher namespace = TARGET_NAMESPACE.matcher(Files.readString(FORMATS.resolve(generated.getKey())));
            assertThat(namespace.find()).isTrue();
            assertThat(generated.getValue().getAnnotation(XmlSchema.class).namespace())
                    .as(generated.getKey())
                    .isEqualTo(namespace.group(1))
                    .isEqualTo("urn:iso:std:iso:20022:tech:xsd:" + generated.getKey().replace(".xsd", ""));
        }
    }

    @Test
    void theHandMadeCamt053SchemaSaysSo() throws IOException {
        String camt053 = Files.readString(FORMATS.resolve(CamtReader.CAMT053_SCHEMA));

        assertThat(camt053).contains("NOT the file published by ISO 20022");
    }

    @Test
    void everyCamtVersionReadHasItsSchemaOnTheClasspathSayingWhetherItIsPublished() throws IOException {
        for (CamtVersion version : CamtVersion.values()) {
            String schema = version.schemaFile();
            try (InputStream in = getClass().getClassLoader()
                    .getResourceAsStream(Iso20022Xml.SCHEMA_FOLDER + schema)) {
                assertThat(in).as(schema).isNotNull();
                assertThat(in.readAllBytes()).as(schema).isEqualTo(Files.readAllBytes(FORMATS.resolve(schema)));
            }
            String text = Files.readString(FORMATS.resolve(schema));
            Matcher namespace = TARGET_NAMESPACE.matcher(text);
            assertThat(namespace.find()).isTrue();
            assertThat(namespace.group(1)).as(schema).isEqualTo(version.namespace());
            assertThat(OFFICIAL.containsKey(schema) || text.contains("NOT the file published by ISO 20022"))
                    .as(schema + " is either published (by its SHA-256) or says it is not").isTrue();
        }
    }
}
