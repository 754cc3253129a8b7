package be.psygate.billing.returns.efact;

import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.ReturnFormatException;
import be.psygate.billing.returns.ReturnKind;
import be.psygate.billing.returns.ReturnLine;
import be.psygate.billing.returns.TestReturns;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EfactReturnFormatTest {

    private final InsurerReturn settlement = TestReturns.sampleSettlement();
    private final AnswerFile sample = AnswerFile.of(settlement);

    @Test
    void everyPartHasItsExactLengthWithNoLineSeparator() {
        for (InsurerReturn answer : TestReturns.everyKind()) {
            AnswerFile file = AnswerFile.of(answer);
            List<String> lines = file.lines();
            int sessions = answer.lines().size();
            int acknowledged = answer.kind() == ReturnKind.RECEIPT ? 1 : 0;

            assertThat(file.text().chars()).allMatch(c -> c >= ' ' && c <= '~');
            assertThat(file.text()).hasSize(67 + 160 + 8 * acknowledged
                    + 800 * (sessions + answer.settlements().size()));
            assertThat(lines).hasSize(2 + acknowledged + sessions + answer.settlements().size());
            assertThat(lines.get(0)).hasSize(67);
            assertThat(lines.get(1)).hasSize(160);
            if (acknowledged == 1) {
                assertThat(lines.get(2)).isEqualTo("92000000");
            }
            assertThat(lines.subList(2 + acknowledged, 2 + acknowledged + sessions))
                    .allSatisfy(line -> assertThat(line).hasSize(800).startsWith("50"));
            assertThat(lines.subList(2 + acknowledged + sessions, lines.size()))
                    .allSatisfy(line -> assertThat(line).hasSize(800).startsWith("91").endsWith(" ".repeat(450)));
        }
    }

    /** The sample settlement's segments (line 0, 200; line 1, 300), zone by zone at the public positions. */
    @ParameterizedTest(name = "line {0}, position {1}: ''{3}''")
    @CsvSource(delimiter = '|', textBlock = """
            # segment 200: which message answers which batch
            0 | 1   | 6  | 920900
            0 | 9   | 2  | 01
            0 | 13  | 2  | 92
            0 | 17  | 2  | 00
            0 | 21  | 14 | 00000000000042
            0 | 37  | 14 | 25000000000042
            # segment 300: which sending is answered, and by whom
            1 | 1   | 6  | 000000
            1 | 9   | 3  | 042
            1 | 14  | 8  | 20250506
            1 | 24  | 13 | '42           '
            1 | 39  | 7  | 9991999
            1 | 121 | 10 | 0000000000
            1 | 133 | 2  | 03
            1 | 137 | 2  | 01
            # no refusal type in a settlement
            1 | 148 | 2  | 00
            1 | 152 | 3  | 200
            """)
    void theSegmentsCarryTheAnswersValuesAtThePublicPositions(int line, int position, int length, String value) {
        assertThat(sample.zone(line, position, length)).isEqualTo(value);
    }

    @Test
    void segment200SaysWhichMessageAnswersWhichBatch() {
        for (int errorCode : new int[] {7, 11, 15, 19, 35, 51}) {
            assertThat(sample.zone(0, errorCode, 2)).isEqualTo("00");
        }
        List<InsurerReturn> kinds = TestReturns.everyKind();
        assertThat(kinds).extracting(answer -> AnswerFile.of(answer).zone(0, 1, 6))
                .containsExactly("931000", "920999", "920099", "920099", "920098", "920900", "920900");
        assertThat(kinds).extracting(answer -> AnswerFile.of(answer).zone(0, 17, 2))
                .containsExactly("00", "30", "01", "02", "00", "00", "00");
        assertThat(kinds).extracting(answer -> AnswerFile.of(answer).zone(0, 13, 2))
                .containsExactly("92", "92", "92", "12", "92", "92", "12");
    }

    @Test
    void segment300SaysWhichSendingIsAnsweredAndByWhomAtThePublicPositions() {
        assertThat(sample.zone(1, 48, 45)).isBlank();
        assertThat(AnswerFile.of(TestReturns.everyKind().get(2)).zone(1, 148, 2)).as("refusal type of a 920099")
                .isEqualTo(AnswerFile.of(TestReturns.everyKind().get(2)).zone(0, 17, 2));
    }

    @Test
    void theEchoedRecords50CarryTheLineRefsSessionIdsAndMutualitiesAndAValidCheck() {
        List<String> echoes = sample.lines().subList(2, 7).stream().map(line -> line.substring(0, 350)).toList();

        assertThat(echoes).extracting(r -> r.substring(137, 162).strip())
                .containsExactly("2025-03-0004", "B-17/a", "2025-03-0001", "2025-03-0002", "2025-03-0003");
        assertThat(echoes).extracting(r -> Long.parseLong(r.substring(194, 206)))
                .containsExactly(1004L, 1005L, 1001L, 1002L, 1003L);
        assertThat(echoes).extracting(r -> r.substring(32, 35)).containsExactly("203", "203", "228", "228", "228");
        assertThat(echoes).extracting(r -> r.substring(2, 8))
                .containsExactly("000001", "000002", "000003", "000004", "000005");
        assertThat(echoes).allSatisfy(r -> {
            assertThat(r.substring(348)).isEqualTo(String.format(Locale.ROOT, "%02d", AnswerFile.independentCheck(r)));
            assertThat(r.substring(35, 48)).as("no national number is echoed").isEqualTo("0".repeat(13));
            assertThat(r.substring(107, 112)).as("one unit, as invoiced").isEqualTo("+0001");
        });
    }

    @Test
    void theErrorDetailsCarryTheRejectionTheAmountAcceptedAndTheText() {
        List<String> details = sample.lines().subList(2, 7).stream().map(line -> line.substring(350)).toList();

        assertThat(details).allSatisfy(d -> {
            assertThat(d).hasSize(450);
            assertThat(d.substring(0, 14)).isEqualTo("00000000000042");
            assertThat(d.substring(14, 22)).isEqualTo("20250506");
        });
        assertThat(details).extracting(d -> d.substring(31, 38))
                .containsExactly(" 000000", "A100010", " 000000", "D200010", " 000000");
        assertThat(details).extracting(d -> d.substring(52, 64))
                .containsExactly("+00000008129", "+00000000000", "+00000007310", "+00000000000", "+00000006096");
        assertThat(details.get(1).substring(64, 264).strip()).isEqualTo("Insurability not open on the date of service");
    }

    @Test
    void eachRecord91SettlesAMutualityWithItsPaymentReferenceAndTheSumOfItsSessions() {
        List<String> records = sample.lines().subList(7, 9);
        List<String> details = sample.lines().subList(2, 7);

        assertThat(records).extracting(r -> r.substring(4, 7)).containsExactly("203", "228");
        assertThat(records).extracting(r -> r.substring(163, 185).strip())
                .containsExactly("200-000000000042-203", "200-000000000042-228");
        for (String record : records) {
            long accepted = Long.parseLong(record.substring(80, 91));
            long sessions = details.stream()
                    .filter(line -> line.substring(32, 35).equals(record.substring(4, 7)))
                    .mapToLong(line -> Long.parseLong(line.substring(403, 414))).sum();
            assertThat(accepted).isEqualTo(sessions);
            long requested = Long.parseLong(record.substring(24, 35));
            long refused = Long.parseLong(record.substring(94, 105));
            assertThat(accepted + refused).isEqualTo(requested);
            assertThat(record.substring(348, 350)).isEqualTo(
                    String.format(Locale.ROOT, "%02d", AnswerFile.independentCheck(record)));
        }
        assertThat(records.get(1).substring(23, 35)).isEqualTo("+00000022748");
        assertThat(records.get(1).substring(51, 63)).as("requested on A, B and C").isEqualTo("+00000022748");
        assertThat(records.get(1).substring(79, 91)).isEqualTo("+00000013406");
        assertThat(records.get(1).substring(93, 105)).isEqualTo("+00000009342");
        assertThat(records.get(1).substring(135, 147)).as("accepted on A, B and C").isEqualTo("+00000013406");
        assertThat(records.get(1).substring(149, 161)).as("refused on A, B and C").isEqualTo("+00000009342");
    }

    @Test
    void aChangedCharacterInAnEchoedRecordIsRefusedByItsCheck() {
        AnswerFile tampered = sample.withZone(3, 131, "X");

        assertThatThrownBy(tampered::read)
                .isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("line 4: the record check of the echoed record 50 does not verify")
                .satisfies(e -> assertThat(((ReturnFormatException) e).line()).isEqualTo(4));
    }

    @Test
    void anEchoCarryingZonesTheGatewayDoesNotEchoIsRefused() {
        AnswerFile tampered = sample.withZoneResealed(2, 36, "0085031412302");

        assertThatThrownBy(tampered::read)
                .isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("line 3: the echoed record 50 of session 1004 carries zones the gateway does "
                        + "not echo")
                .hasMessageNotContaining("85031412302");
    }

    @Test
    void aSettledAmountChangedAndResealedIsRefusedBecauseTheSessionsNoLongerAddUp() {
        AnswerFile tampered = sample.withZoneResealed(8, 81, "00000013407").withZoneResealed(8, 95, "00000009341")
                .withZoneResealed(8, 137, "00000013407").withZoneResealed(8, 151, "00000009341");

        assertThatThrownBy(tampered::read)
                .isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("mutuality 228 accepts 134.07 but its sessions add up to 134.06");
    }

    @Test
    void anAmountAcceptedForASessionChangedIsRefusedBecauseTheMutualityNoLongerAddsUp() {
        AnswerFile tampered = sample.withZone(4, 350 + 54, "00000007311");

        assertThatThrownBy(tampered::read)
                .isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("mutuality 228 accepts 134.06 but its sessions add up to 134.07");
    }

    @Test
    void aRecord91WithoutItsCheckIsRefused() {
        AnswerFile tampered = sample.withZone(7, 81, "00000008128");

        assertThatThrownBy(tampered::read)
                .isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("line 8: the record check of record 91");
    }

    @Test
    void aSessionLineRemovedIsRefused() {
        assertThatThrownBy(() -> sample.withoutLine(4).read())
                .isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining(
                        "line 5: the sequence number of the echoed record 50 is '4' but '3' was expected");
        AnswerFile withoutSettlements = sample.withoutLine(8).withoutLine(7).withoutLine(6);
        assertThatThrownBy(withoutSettlements::read)
                .isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("has sessions but no settlement");
    }

    @Test
    void aMissingSettlementIsRefused() {
        assertThatThrownBy(() -> sample.withoutLine(8).read())
                .isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("mutuality 228 has sessions but no settlement");
    }

    @Test
    void segmentsThatDisagreeWithEachOtherAreRefused() {
        assertThatThrownBy(() -> sample.withZone(0, 21, "00000000000043").read())
                .hasMessageContaining("line 2: the sending number is '42' but '43' was expected");
        assertThatThrownBy(() -> sample.withZone(1, 9, "043").withZone(1, 24, "43").withZone(0, 21,
                "00000000000043").read())
                .hasMessageContaining("line 3: the sending id is '42' but '43' was expected");
        assertThatThrownBy(() -> sample.withZone(0, 13, "12").read())
                .hasMessageContaining("the instructions version is '9991999' but '0001999' was expected");
        assertThatThrownBy(() -> sample.withZone(1, 152, "300").read())
                .hasMessageContaining("of another union");
    }

    @Test
    void whatThisFormatNeverWritesIsRefused() {
        assertThatThrownBy(() -> sample.withZone(0, 1, "920000").read())
                .hasMessageContaining("line 1: not a valid answer: message type 920000 is not one of");
        assertThatThrownBy(() -> sample.withZone(0, 19, "12").read())
                .hasMessageContaining("segment 200: the error code after the status is 12");
        assertThatThrownBy(() -> sample.withZone(0, 17, "01").read())
                .hasMessageContaining("the status must be 00 for a message 920900, got 01");
        assertThatThrownBy(() -> sample.withZone(0, 13, "99").read())
                .hasMessageContaining("12 (production) or 92 (test), got 99");
        assertThatThrownBy(() -> sample.withZone(0, 9, "02").read())
                .hasMessageContaining("the format version is '2' but '1' was expected");
        InsurerReturn refusal = TestReturns.everyKind().get(1);
        assertThatThrownBy(() -> AnswerFile.of(refusal).withZone(0, 17, "00").read())
                .hasMessageContaining("a file refusal code is two digits, 01 to 99");
        assertThatThrownBy(() -> AnswerFile.of(TestReturns.everyKind().get(2)).withZone(0, 17, "07").read())
                .hasMessageContaining("refusal type 07 is not 01 or 02");
    }

    @Test
    void aFileThatIsNotWholePartsOfAsciiIsRefused() {
        String text = sample.text();

        assertThatThrownBy(() -> sample.withText(text.substring(0, text.length() - 2)).read())
                .hasMessageContaining("line 9: the part has 798 characters instead of 800: the file may be cut short");
        assertThatThrownBy(() -> sample.withText(text.substring(0, 67) + "\r\n" + text.substring(67)).read())
                .hasMessageContaining("line 2: position 1 is not a printable ASCII character");
        assertThatThrownBy(() -> sample.withText(text + "91").read())
                .hasMessageContaining("line 10: the part has 2 characters instead of 800");
        assertThatThrownBy(() -> sample.withText(text + "20" + "x".repeat(798)).read())
                .hasMessageContaining("line 10: nothing may follow the records 91");
        assertThatThrownBy(() -> sample.withText("").read())
                .hasMessageContaining("the file is empty");
    }

    @Test
    void aValueTheFormatCannotCarryIsRefusedBeforeAnythingIsWritten() {
        InsurerReturn accented = InsurerReturn.provisionalErrors("200", 42, true, "1", TestReturns.RECEIVED,
                List.of(ReturnLine.refused(7, LineRef.parse("r7"), InsurerCode.parse("228"), "A100010",
                        "Assurabilité non ouverte")));
        InsurerReturn huge = InsurerReturn.receipt("200", 10_000_000_000_000L, true, "1", TestReturns.RECEIVED);
        InsurerReturn longSession = InsurerReturn.provisionalErrors("200", 42, true, "1", TestReturns.RECEIVED,
                List.of(ReturnLine.refused(1_000_000_000_000L, LineRef.parse("r7"), InsurerCode.parse("228"),
                        "A100010", "x")));
        InsurerReturn bigAmount = InsurerReturn.settlement("200", 42, true, "1", TestReturns.RECEIVED,
                List.of(ReturnLine.accepted(7, LineRef.parse("r7"), InsurerCode.parse("228"),
                        new BigDecimal("1000000000.00"))),
                List.of(be.psygate.billing.returns.MutualitySettlement.of(InsurerCode.parse("228"),
                        new BigDecimal("1000000000.00"), new BigDecimal("1000000000.00"), "P")));

        assertThatThrownBy(() -> AnswerFile.of(accented)).isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("session 7: the error text is not printable ASCII");
        assertThatThrownBy(() -> AnswerFile.of(huge)).isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("does not fit the 13 characters of the invoice reference");
        assertThatThrownBy(() -> AnswerFile.of(longSession)).isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("the session id does not fit in 12 digits");
        assertThatThrownBy(() -> AnswerFile.of(bigAmount)).isInstanceOf(ReturnFormatException.class)
                .hasMessageContaining("does not fit in 11 digits of cents");
    }
}
