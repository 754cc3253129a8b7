package be.psygate.billing.returns.csv;

import be.psygate.billing.format.FormatFiles;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.ReturnFormatException;
import be.psygate.billing.returns.ReturnLine;
import be.psygate.billing.returns.TestReturns;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static be.psygate.billing.format.FormatFiles.read;
import static be.psygate.billing.format.FormatFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReturnFormatTest {

    private final CsvReturnFormat format = new CsvReturnFormat();
    private final String sample = write(format, TestReturns.sampleSettlement());

    @Test
    void aSettlementIsAHeaderOneLinePerSessionOneLinePerMutualityAndTheTrailer() {
        assertThat(sample.split("\r\n", -1)).containsExactly(
                "session_id;line_ref;mutuality;accepted;error_code;error_text",
                "1004;2025-03-0004;203;81.29;;",
                "1005;B-17/a;203;0.00;A100010;Insurability not open on the date of service",
                "1001;2025-03-0001;228;73.10;;",
                "1002;2025-03-0002;228;0.00;D200010;Duplicate: the session was already invoiced",
                "1003;2025-03-0003;228;60.96;;",
                "#settlement;203;158.39;81.29;77.10;200-000000000042-203",
                "#settlement;228;227.48;134.06;93.42;200-000000000042-228",
                "#return;200;42;TEST;SETTLEMENT;;;25000000000042;2025-05-06;5;215.35",
                "");
    }

    @Test
    void aRefusalCarriesItsReasonInTheTrailer() {
        List<InsurerReturn> kinds = TestReturns.everyKind();

        assertThat(write(format, kinds.get(1)))
                .endsWith("#return;200;42;TEST;FILE_REFUSED;;30;22000000000042;2025-04-04;0;0.00\r\n");
        assertThat(write(format, kinds.get(3))).contains("#return;200;42;PRODUCTION;REJECTED;OVER_5_PERCENT;;");
    }

    @Test
    void aFileCutShortOrWithLinesOutOfTheirPlaceIsRefused() {
        String withoutTrailer = sample.substring(0, sample.indexOf("#return"));
        assertThatThrownBy(() -> read(format, withoutTrailer))
                .isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("the trailer (#return) is missing");
        String settlementFirst = sample.replace("1003;2025-03-0003;228;60.96;;\r\n", "")
                .replace("#return;", "1003;2025-03-0003;228;60.96;;\r\n#return;");
        assertThatThrownBy(() -> read(format, settlementFirst))
                .hasMessageContaining("line 8: a session line follows the settlement lines");
        assertThatThrownBy(() -> read(format, sample + "x\r\n"))
                .hasMessageContaining("line 10: a line follows the trailer");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ;5;215.35                     | ;5;215.36                     | line 9: total_accepted is 215.36 but the sessions add up to 215.35
            ;5;215.35                     | ;4;215.35                     | the trailer counts 4 sessions, the file has 5
            1003;2025-03-0003;228;60.96   | 1003;2025-03-0003;228;60.97   | mutuality 228 accepts 134.06 but its sessions add up to 134.07
            227.48;134.06;93.42           | 227.48;134.06;93.43           | line 8: the settlement line is not valid: Mutuality 228: accepted 134.06 + refused 93.43 is not the requested 227.48
            81.29;;                       | 81,29;;                       | line 2: accepted must be an amount with a dot and two decimals
            session_id;                   | session;                      | line 1: the first line must be the header
            1004;2025-03-0004;203;81.29;; | 1004;2025-03-0004;203;81.29;  | line 2: 5 fields where 6 are expected
            ;TEST;                        | ;DEMO;                        | mode must be
            ;SETTLEMENT;                  | ;PAID;                        | kind must be one of [RECEIPT, FILE_REFUSED, REJECTED, PROVISIONAL_ERRORS, SETTLEMENT], got PAID
            """)
    void totalsThatDoNotAddUpAndLinesOutOfShapeAreRefused(String written, String edited, String why) {
        assertThatThrownBy(() -> read(format, sample.replace(written, edited)))
                .isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining(why);
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = sample.replace("Duplicate", "Doublé").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> format.read(new ByteArrayInputStream(latin1)))
                .isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void aTextThisCsvCannotCarryUnquotedIsRefusedBeforeAnythingIsWritten() {
        InsurerReturn quoted = sessionSevenRefused("r7", "the \"ceiling\" is reached");

        FormatFiles.assertThatWritingIsRefused(format, quoted)
                .isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("session 7: the error text contains '\"'");
    }

    @Test
    void nonAsciiTextsTravelInUtf8() {
        InsurerReturn accented = sessionSevenRefused("réf-7", "Assurabilité non ouverte");

        assertThat(read(format, write(format, accented))).isEqualTo(accented);
    }

    /** Provisional errors of batch 42 refusing one session, 7, of mutuality 228, with {@code text}. */
    private static InsurerReturn sessionSevenRefused(String lineRef, String text) {
        return InsurerReturn.provisionalErrors("200", 42, true, "1", TestReturns.RECEIVED,
                List.of(ReturnLine.refused(7, LineRef.parse(lineRef), InsurerCode.parse("228"), "A100010", text)));
    }
}
