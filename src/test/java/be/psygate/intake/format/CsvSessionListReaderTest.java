package be.psygate.intake.format;

import be.psygate.rules.DeclaredSession;
import be.psygate.rules.ReasonCode;
import org.apache.camel.dataformat.bindy.BindyCsvFactory;
import org.apache.camel.dataformat.bindy.csv.BindyCsvDataFormat;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static be.psygate.intake.format.Fixtures.read;
import static be.psygate.intake.format.Fixtures.readText;
import static be.psygate.intake.format.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvSessionListReaderTest {

    private static final String HEADER = CsvSessionListReader.HEADER;
    private static final String LINE = ";95123445780;85031412302;100;N;2025-03-03;792632;;;";

    private final CsvSessionListReader reader = new CsvSessionListReader();

    @Test
    void aByteOrderMarkAndWindowsLineEndsChangeNothing() throws Exception {
        assertThat(read(reader, "lists/sessions-2025-03-bom-crlf.csv"))
                .isEqualTo(read(reader, "lists/sessions-2025-03.csv"));
    }

    @Test
    void refusesLatin1() {
        UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                () -> read(reader, "bad/latin1.csv"));

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_NOT_UTF8);
        assertThat(e.args()).containsExactly("3", "2", "213");
    }

    @Test
    void invalidUtf8FarDownRefusesTheFileAfterTheLinesBeforeItWereHandedOver() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 50_000; i++) {
            bytes.writeBytes(("L" + i + LINE + "\n").getBytes(StandardCharsets.UTF_8));
        }
        long offset = bytes.size() + 2;
        bytes.writeBytes(new byte[] {'L', 'X', (byte) 0xC3, '(', ';'});
        List<DeclaredSession> handedOver = new ArrayList<>();

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes.toByteArray()), handedOver::add))
                .isInstanceOfSatisfying(UnreadableListException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.FILE_NOT_UTF8);
                    assertThat(e.args()).containsExactly("50002", "3", Long.toString(offset));
                });
        assertThat(handedOver).hasSizeGreaterThan(40_000).hasSizeLessThanOrEqualTo(50_000);
    }

    @Test
    void refusesUtf16WithoutAByteOrderMarkAtItsFirstNul() {
        byte[] utf16 = (HEADER + "\nL1" + LINE + "\n").getBytes(StandardCharsets.UTF_16LE);

        UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                () -> read(reader, new ByteArrayInputStream(utf16)));

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_NOT_UTF8);
        assertThat(e.args()).containsExactly("1", "2", "1");
    }

    @Test
    void aNulCharacterAnywhereRefusesTheFileWithItsPosition() {
        String before = "\uFEFF" + HEADER + "\nL1" + LINE + "\nL\u00e9";
        byte[] bytes = (before + "\u0000" + LINE + "\n").getBytes(StandardCharsets.UTF_8);

        UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                () -> read(reader, new ByteArrayInputStream(bytes)));

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_NOT_UTF8);
        assertThat(e.args()).containsExactly("3", "3",
                Integer.toString(before.getBytes(StandardCharsets.UTF_8).length));
        // on the first line, the byte order mark is not a column
        UnreadableListException first = catchThrowableOfType(UnreadableListException.class,
                () -> readText(reader, "\uFEFFline\u0000ref;"));
        assertThat(first.args()).containsExactly("1", "5", "7");
    }

    @Test
    void cutsLinesAtTheLengthItIsGiven() throws Exception {
        CsvSessionListReader shortLines = new CsvSessionListReader(200);
        String text = HEADER + "\nL1;" + "x".repeat(300) + "\nL2" + LINE + "\n";

        assertThat(readText(shortLines, text)).extracting(DeclaredSession::formatProblem)
                .containsExactly("line longer than 200 characters", null);
        assertThatThrownBy(() -> new CsvSessionListReader(HEADER.length() - 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesATruncatedUtf8SequenceAtTheEnd() {
        byte[] bytes = (HEADER + "\nL1" + LINE + "\nL\u00e9").getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);

        UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                () -> read(reader, new ByteArrayInputStream(cut)));

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_NOT_UTF8);
        assertThat(e.args()).containsExactly("3", "2", Integer.toString(cut.length - 1));
    }

    @Test
    void refusesAWrongHeaderGivingTheExpectedOne() {
        UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                () -> read(reader, "bad/wrong-header.csv"));

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_BAD_HEADER);
        assertThat(e.args()).first().isEqualTo(HEADER);
        assertThat(e.args().get(1)).startsWith("ref_ligne;");
    }

    @Test
    void theHeaderMustBeExact() {
        for (String header : List.of(HEADER + ";", HEADER.toUpperCase(), HEADER + " ", HEADER.replace(';', ','),
                "line_ref;psychologist_inami")) {
            UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                    () -> readText(reader, header + "\nL1" + LINE + "\n"));
            assertThat(e.reason()).as(header).isEqualTo(ReasonCode.FILE_BAD_HEADER);
        }
    }

    @Test
    void refusesAnEmptyFile() {
        UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                () -> read(reader, "bad/empty.csv"));

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_EMPTY);
        assertThat(e.args()).isEmpty();
    }

    @Test
    void aFileOfBlanksOrAByteOrderMarkAloneIsEmpty() {
        for (String text : List.of("\uFEFF", "\n\n", "  \r\n\t\r\n", "\uFEFF\r\n")) {
            UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                    () -> readText(reader, text));
            assertThat(e.reason()).isEqualTo(ReasonCode.FILE_EMPTY);
        }
    }

    @Test
    void aHeaderWithoutLinesYieldsNothing() throws Exception {
        assertThat(readText(reader, HEADER)).isEmpty();
        assertThat(readText(reader, HEADER + "\r\n\r\n")).isEmpty();
    }

    @Test
    void malformedLinesInTheMiddleDoNotStopTheRest() throws Exception {
        String text = HEADER + "\n"
                + "L1" + LINE + "\n"
                + "L2;95123445780;85031412302;100;N;2025-03-03;792632;;\n"
                + "L3" + LINE + ";extra\n"
                + "L4;" + "9".repeat(201) + ";85031412302;100;N;2025-03-03;792632;;;\n"
                + "L5" + LINE + "\n"
                + "a line that is not CSV at all\n"
                + ";;;;;;;;;\n"
                + "L8" + LINE + "\n"
                + "L9,95123445780,85031412302,100,N,2025-03-03,792632,,,\n";

        List<DeclaredSession> sessions = readText(reader, text);

        assertThat(sessions).extracting(DeclaredSession::lineNumber)
                .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        // the first field of a malformed line is its reference only if it is a valid one: a line with commas
        // would otherwise come back whole, patient's number included
        assertThat(sessions).extracting(DeclaredSession::lineRef)
                .containsExactly("L1", "L2", "L3", "L4", "L5", null, null, "L8", null);
        assertThat(sessions).extracting(DeclaredSession::formatProblem).containsExactly(
                null,
                "9 fields, 10 expected",
                "11 fields, 10 expected",
                "field 2 (psychologist_inami) longer than 200 characters",
                null,
                "1 fields, 10 expected",
                null,
                null,
                "1 fields, 10 expected");
        assertThat(sessions.get(6)).isEqualTo(new DeclaredSession(8, null, null, null, null, null, null, null, null,
                null, null, null));
    }

    @Test
    void aLineThatNeverEndsIsCutAndMalformed() throws Exception {
        String text = HEADER + "\nL1;" + "x".repeat(1_000_000) + "\nL2" + LINE + "\n";

        List<DeclaredSession> sessions = readText(reader, text);

        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0)).isEqualTo(DeclaredSession.malformed(2, "L1",
                "line longer than " + CsvSessionListReader.MAX_LINE_LENGTH + " characters"));
        assertThat(sessions.get(1).lineRef()).isEqualTo("L2");
        assertThat(sessions.get(1).isMalformed()).isFalse();
    }

    @Test
    void fieldsAreTrimmedEmptyFieldsAreNullBlankLinesAreSkippedLineNumbersArePhysical() throws Exception {
        String text = "\n" + HEADER + "\r\n"
                + "\r\n"
                + "  L1 ; 95123445780 ;\t85031412302;100;N;2025-03-03;792632; ;2019-10-01 ;18765441004\r\n"
                + "   \n"
                + "L2" + LINE + "\n"
                + "\n\n";

        List<DeclaredSession> sessions = readText(reader, text);

        assertThat(sessions).containsExactly(
                new DeclaredSession(4, "L1", "95123445780", "85031412302", "100", "N", "2025-03-03", "792632", null,
                        "2019-10-01", "18765441004", null),
                session(6, "L2", "95123445780", "85031412302", "100", "N", "2025-03-03", "792632", null));
    }

    @Test
    void aFieldOfExactly200CharactersIsAccepted() throws Exception {
        String ref = "R".repeat(SessionListReader.MAX_FIELD_LENGTH);

        List<DeclaredSession> sessions = readText(reader, HEADER + "\n" + ref + LINE + "\n");

        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s.isMalformed()).isFalse();
            assertThat(s.lineRef()).isEqualTo(ref);
        });
    }

    @Test
    void aLineRefTooLongToBeOneIsNotReportedAsTheLineRef() throws Exception {
        String text = HEADER + "\n" + "R".repeat(201) + ";1;2\n";

        assertThat(readText(reader, text)).containsExactly(DeclaredSession.malformed(2, null, "3 fields, 10 expected"));
    }

    @Test
    void doesNotCloseTheStream() throws Exception {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream((HEADER + "\nL1" + LINE).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };

        assertThat(read(reader, in)).hasSize(1);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void theBindyModelHasTheContractsColumnsInOrder() throws Exception {
        BindyCsvFactory factory = (BindyCsvFactory) new BindyCsvDataFormat(SessionListCsvRecord.class).getFactory();

        assertThat(factory.generateHeader()).isEqualTo(HEADER);
        assertThat(factory.getSeparator()).isEqualTo(";");
    }
}
