package be.psygate.billing.format;

import be.psygate.billing.TestBatches;
import be.psygate.billing.format.xml.XmlInvoiceFormat;
import be.psygate.billing.returns.ReturnFormatException;
import be.psygate.billing.returns.TestReturns;
import be.psygate.billing.returns.xml.XmlReturnFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the XML invoice and the XML answer share as {@link XmlDocumentFormat}s: a document that declares an entity,
 * external or not, is refused without the entity being read or expanded, and a document the schema refuses is
 * refused with its line.
 */
class XmlDocumentFormatTest {

    /**
     * One XML format, the sample it writes, how it refuses a document ({@code refusal}, with its {@code line}), and
     * the hostile or broken documents made for it.
     *
     * @param root      the document's root element
     * @param text      an element text of the sample, where a hostile document refers to its entity
     * @param expansion a document whose entities expand tenfold at each level
     * @param valid     a piece of the sample that the schema accepts, and {@code invalid} one it refuses
     * @param what      what the refusal of an invalid document says it is not
     */
    record Case<M>(XmlDocumentFormat<M, ?> format, M sample, Class<? extends RuntimeException> refusal,
                   ToLongFunction<Throwable> line, String root, String text, String expansion, String valid,
                   String invalid, String what) {

        String written() {
            return FormatFiles.write(format, sample);
        }

        M read(String xml) {
            return FormatFiles.read(format, xml);
        }

        @Override
        public String toString() {
            return root;
        }
    }

    static Stream<Case<?>> formats() {
        return Stream.of(invoice(), answer());
    }

    private static Case<?> invoice() {
        return new Case<>(new XmlInvoiceFormat(), TestBatches.sample(), InvoiceFormatException.class,
                e -> ((InvoiceFormatException) e).line(), "invoiceBatch", "Hôpital Psychiatrique Saint-Éloi",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n"
                        + "<invoiceBatch xmlns=\"urn:psygate:invoice:1\">&lol2;</invoiceBatch>",
                "<copay>4.00</copay>", "<copay>4.001</copay>", "not a valid invoice");
    }

    private static Case<?> answer() {
        return new Case<>(new XmlReturnFormat(), TestReturns.sampleSettlement(), ReturnFormatException.class,
                e -> ((ReturnFormatException) e).line(), "insurerReturn",
                "Insurability not open on the date of service",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
                        + "<insurerReturn xmlns=\"urn:psygate:insurer-return:1\">&lol3;</insurerReturn>",
                "<accepted>60.96</accepted>", "<accepted>60.961</accepted>", "not a valid answer");
    }

    static Stream<Arguments> documentsTheSchemaRefuses() {
        return Stream.of(
                Arguments.of(invoice(), "<test>true</test>", "<test>true</test><note>x</note>"),
                Arguments.of(invoice(), "urn:psygate:invoice:1", "urn:psygate:invoice:2"),
                Arguments.of(answer(), "<kind>SETTLEMENT</kind>", "<kind>PAID</kind>"),
                Arguments.of(answer(), "urn:psygate:insurer-return:1", "urn:psygate:invoice:1"),
                Arguments.of(answer(), "<test>true</test>", "<test>true</test><note>x</note>"));
    }

    static Stream<Arguments> documentsWritten() {
        XmlInvoiceFormat invoice = new XmlInvoiceFormat();
        XmlReturnFormat answer = new XmlReturnFormat();
        return Stream.concat(
                Stream.of(Arguments.of("the large batch", invoice.schema(),
                        FormatFiles.write(invoice, TestBatches.large()))),
                TestReturns.everyKind().stream().map(kind -> Arguments.of("an answer " + kind.kind(),
                        answer.schema(), FormatFiles.write(answer, kind))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsWritten")
    void whatIsWrittenIsValidAgainstTheSchemaOfTheClasspath(String label, Schema schema, String xml) {
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(new StringReader(xml))))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aDocumentWithAnExternalEntityIsRefusedAndTheEntityIsNeverRead(Case<?> xml, @TempDir Path dir)
            throws Exception {
        String hostile = FormatFiles.withExternalEntity(xml.written(), xml.root(), dir, xml.text());

        assertThatThrownBy(() -> xml.read(hostile))
                .isInstanceOf(xml.refusal())
                .hasMessageContaining("not acceptable XML")
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining(FormatFiles.SECRET);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void entityExpansionIsRefused(Case<?> xml) {
        assertThatThrownBy(() -> xml.read(xml.expansion()))
                .isInstanceOf(xml.refusal())
                .hasMessageContaining("not acceptable XML");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("documentsTheSchemaRefuses")
    void anUnknownElementAnotherNamespaceOrAnUnknownValueIsRefused(Case<?> xml, String written, String edited) {
        String document = xml.written().replace(written, edited);

        assertThat(document).isNotEqualTo(xml.written());
        assertThatThrownBy(() -> xml.read(document)).isInstanceOf(xml.refusal());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aDocumentThatBreaksTheSchemaIsRefusedWithItsLine(Case<?> xml) {
        String broken = xml.written().replace(xml.valid(), xml.invalid());

        assertThat(broken).isNotEqualTo(xml.written());
        assertThatThrownBy(() -> xml.read(broken))
                .isInstanceOf(xml.refusal())
                .hasMessageContaining(xml.what())
                .satisfies(e -> assertThat(xml.line().applyAsLong(e)).isPositive());
    }
}
