package be.psygate.billing.returns.xml;

import be.psygate.billing.returns.ReturnFormatException;
import be.psygate.billing.returns.TestReturns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static be.psygate.billing.format.FormatFiles.read;
import static be.psygate.billing.format.FormatFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XmlReturnFormatTest {

    private final XmlReturnFormat format = new XmlReturnFormat();
    private final String sample = write(format, TestReturns.sampleSettlement());

    /** What is written is valid against the schema, for every kind of answer: {@code XmlDocumentFormatTest}. */
    @Test
    void whatIsWrittenNamesTheNamespaceAndLeavesOutWhatIsAbsent() {
        assertThat(sample).contains("<insurerReturn xmlns=\"urn:psygate:insurer-return:1\">")
                .contains("<kind>SETTLEMENT</kind>")
                .contains("<code>A100010</code>")
                .contains("<paymentReference>200-000000000042-228</paymentReference>")
                .contains("<accepted>215.35</accepted>")
                .doesNotContain("refusalType").doesNotContain("nil");
    }

    @Test
    void anExternalSchemaHintIsNotFollowed() {
        String hinted = sample.replace("<insurerReturn xmlns=\"urn:psygate:insurer-return:1\">",
                "<insurerReturn xmlns=\"urn:psygate:insurer-return:1\" "
                        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                        + "xsi:schemaLocation=\"urn:psygate:insurer-return:1 http://127.0.0.1:9/evil.xsd\">");

        assertThat(read(format, hinted)).isEqualTo(TestReturns.sampleSettlement());
    }

    /** Totals and settlements that do not add up, and a kind without what it must hold, are refused. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        <accepted>215.35</accepted> | <accepted>215.36</accepted> | the total accepted is 215.36 but the lines add up to 215.35
        <lineCount>5</lineCount>    | <lineCount>6</lineCount>    | the totals count 6 lines, the document has 5
        '<accepted>134.06</accepted>\n        <refused>93.42</refused>' | '<accepted>134.07</accepted>\n        <refused>93.41</refused>' | mutuality 228 accepts 134.07 but its sessions add up to 134.06
        <kind>SETTLEMENT</kind>     | <kind>REJECTED</kind>       | a refusal type belongs to a rejection
        """)
    void anAnswerThatDoesNotAddUpIsRefused(String written, String edited, String why) {
        String changed = sample.replace(written, edited);

        assertThat(changed).isNotEqualTo(sample);
        assertThatThrownBy(() -> read(format, changed))
                .isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining(why);
    }
}
