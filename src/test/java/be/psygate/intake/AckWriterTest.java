package be.psygate.intake;

import be.psygate.ledger.LineOutcome;
import be.psygate.rules.Language;
import be.psygate.rules.ReasonCatalogue;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AckWriterTest {

    private final ReasonCatalogue reasons = ReasonCatalogue.fromClasspath();

    @Test
    void writesTheContractHeaderThenOneLinePerLineWithTwoDecimalAmounts() {
        StringWriter out = new StringWriter();
        try (AckWriter ack = new AckWriter(out, reasons, Language.EN)) {
            ack.write(new LineOutcome(2, "R-1", true, null, List.of(), new BigDecimal("77.10"),
                    new BigDecimal("66.10"), new BigDecimal("11.00"), new BigDecimal("59.49")));
        }
        assertThat(out.toString()).isEqualTo(AckWriter.HEADER + "\r\nR-1;ACCEPTED;;;77.10;66.10;11.00;59.49;2\r\n");
        assertThat(AckWriter.HEADER).startsWith("line_ref;status;reason_code;reason;fee;insurer_share;copay;tranche1");
    }

    @Test
    void givesARejectedLineItsCodeAndReadableReasonInThePracticesLanguageWithoutAmounts() {
        StringWriter out = new StringWriter();
        try (AckWriter ack = new AckWriter(out, reasons, Language.NL)) {
            ack.write(new LineOutcome(3, "R-2", false, "PSEUDOCODE_UNKNOWN", List.of("799999"), null, null, null,
                    null));
        }
        String line = out.toString().split("\r\n")[1];
        assertThat(line).startsWith("R-2;REJECTED;PSEUDOCODE_UNKNOWN;").endsWith(";;;;;3").contains("799999");
        assertThat(line).contains(reasons.text(be.psygate.rules.ReasonCode.PSEUDOCODE_UNKNOWN, Language.NL, "799999")
                .replace("\"", "\"\""));
    }

    @Test
    void quotesAFieldHoldingASeparatorAQuoteOrALineBreak() {
        assertThat(AckWriter.field("plain")).isEqualTo("plain");
        assertThat(AckWriter.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(AckWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AckWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AckWriter.field(null)).isEmpty();
    }
}
