package be.psygate.intake.format;

import be.psygate.rules.DeclaredSession;
import be.psygate.rules.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static be.psygate.intake.format.Fixtures.read;
import static be.psygate.intake.format.Fixtures.readText;
import static be.psygate.intake.format.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class XmlSessionListReaderTest {

    private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<sessionList xmlns=\"urn:psygate:session-list:1\">\n";
    private static final String CLOSE = "</sessionList>\n";

    private final XmlSessionListReader reader = new XmlSessionListReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "bad/not-well-formed.xml, FILE_XML_NOT_WELL_FORMED, 10, pseudocode",
            "bad/wrong-root.xml,      FILE_XML_INVALID,         2,  sessions"})
    void refusesABadDocumentSayingWhereAndWhy(String fixture, ReasonCode reason, String line, String about) {
        UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                () -> read(reader, fixture));

        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.args()).hasSize(3).startsWith(line);
        assertThat(e.args().get(2)).contains(about);
    }

    @Test
    void refusesAnExternalEntityWithoutReadingIt() {
        List<DeclaredSession> handedOver = new ArrayList<>();

        UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                () -> reader.read(Files.newInputStream(Fixtures.ROOT.resolve("bad/xxe.xml")), handedOver::add));

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_XML_NOT_WELL_FORMED);
        assertThat(e.args()).startsWith("4"); // the end of the DOCTYPE
        assertThat(handedOver).isEmpty();
        assertThat(everythingSaidAbout(e)).doesNotContain("root:").doesNotContain("/bin/");
    }

    @Test
    void neverLeaksALocalFileThroughAnEntity(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE sessionList [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<sessionList xmlns=\"urn:psygate:session-list:1\">" + sessionXml("&leak;") + CLOSE;
        List<DeclaredSession> handedOver = new ArrayList<>();

        UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                () -> reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), handedOver::add));

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_XML_NOT_WELL_FORMED);
        assertThat(handedOver).isEmpty();
        assertThat(everythingSaidAbout(e)).doesNotContain("TOP-SECRET");
    }

    @Test
    void refusesAnEntityReferenceEvenWithoutADoctype() {
        UnreadableListException e = refusalOf(OPEN + sessionXml("&leak;") + CLOSE);

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_XML_NOT_WELL_FORMED);
    }

    @Test
    void refusesBillionLaughsWithoutExpandingAnything() {
        UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                () -> read(reader, "bad/billion-laughs.xml"));

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_XML_NOT_WELL_FORMED);
        assertThat(everythingSaidAbout(e)).doesNotContain("lollol");
    }

    @Test
    void refusesEvenAHarmlessDoctype() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE sessionList>\n"
                + "<sessionList xmlns=\"urn:psygate:session-list:1\">" + sessionXml("R1") + CLOSE;

        UnreadableListException e = refusalOf(xml);

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_XML_NOT_WELL_FORMED);
        assertThat(e.args()).containsExactly("2", e.args().get(1),
                "DOCTYPE declarations and entity references are not allowed");
    }

    @Test
    void refusesTheRightRootInNoNamespace() {
        UnreadableListException e = refusalOf("<sessionList>" + sessionXml("R1") + "</sessionList>");

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_XML_INVALID);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'<pseudocode>',                  '<comment>hi</comment><pseudocode>', comment",
            "'<patientNiss>.*</patientNiss>', '',                                  patientNiss"})
    void refusesAnUnknownOrAMissingElementInASession(String regex, String replacement, String about) {
        String xml = OPEN + sessionXml("R1").replaceAll(regex, replacement) + CLOSE;

        UnreadableListException e = refusalOf(xml);

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_XML_INVALID);
        assertThat(e.args().get(2)).contains(about);
    }

    @Test
    void refusesAnUnknownAttribute() {
        String xml = OPEN.replace("<sessionList ", "<sessionList owner=\"me\" ") + sessionXml("R1") + CLOSE;

        assertThat(refusalOf(xml).reason())
                .isEqualTo(ReasonCode.FILE_XML_INVALID);
    }

    @Test
    void refusesAValueLongerThan200Characters() {
        assertThat(invalidLineRefOf(201).reason()).isEqualTo(ReasonCode.FILE_XML_INVALID);
    }

    @Test
    void aValueQuotedByTheValidatorIsCutInTheArguments() {
        UnreadableListException e = invalidLineRefOf(9_000);

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_XML_INVALID);
        assertThat(e.args().get(2)).startsWith("cvc-maxLength-valid").endsWith("...")
                .hasSize(XmlRefusals.MAX_MESSAGE_LENGTH);
    }

    @Test
    void refusesAnEndlessTextBeforeItFillsTheHeap() {
        UnreadableListException e = invalidLineRefOf(5_000_000);

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_XML_INVALID);
        assertThat(e.args().get(2)).contains("longer than");
    }

    @Test
    void leavesWrongValuesToTheRules() throws Exception {
        String xml = OPEN + sessionXml("R1").replace("85031412302", "8503141230").replace("792632", "ABC") + CLOSE;

        assertThat(readText(reader, xml)).singleElement().satisfies(s -> {
            assertThat(s.isMalformed()).isFalse();
            assertThat(s.patientNiss()).isEqualTo("8503141230");
            assertThat(s.pseudocode()).isEqualTo("ABC");
        });
    }

    @Test
    void anInvalidSessionHalfwayRefusesTheFileAfterTheSessionsBeforeIt() {
        String xml = OPEN + sessionXml("R1") + sessionXml("R2") + "<session><lineRef>R3</lineRef></session>"
                + sessionXml("R4") + CLOSE;
        List<DeclaredSession> handedOver = new ArrayList<>();

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                handedOver::add))
                .isInstanceOfSatisfying(UnreadableListException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.FILE_XML_INVALID));
        assertThat(handedOver).extracting(DeclaredSession::lineRef).containsExactly("R1", "R2");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] xml = (OPEN + sessionXml("R\u00e9f") + CLOSE).getBytes(StandardCharsets.ISO_8859_1);

        UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                () -> read(reader, new ByteArrayInputStream(xml)));

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_NOT_UTF8);
        assertThat(e.args()).hasSize(3).first().isEqualTo("3");
    }

    @Test
    void refusesAnEmptyFile() {
        for (String text : List.of("", "   \n", "\uFEFF", "\uFEFF\n\n")) {
            UnreadableListException e = refusalOf(text);
            assertThat(e.reason()).as("[%s]", text).isEqualTo(ReasonCode.FILE_EMPTY);
        }
    }

    @Test
    void aDeclarationAloneIsNotWellFormed() {
        UnreadableListException e = refusalOf("<?xml version=\"1.0\"?>\n");

        assertThat(e.reason()).isEqualTo(ReasonCode.FILE_XML_NOT_WELL_FORMED);
    }

    @Test
    void aListWithoutSessionsYieldsNothing() throws Exception {
        assertThat(readText(reader, OPEN + CLOSE)).isEmpty();
    }

    @Test
    void acceptsAnyPrefixCommentsAndAByteOrderMark() throws Exception {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- March -->\n"
                + "<sl:sessionList xmlns:sl=\"urn:psygate:session-list:1\" period=\"2025-03\">"
                + sessionXml("R1").replaceAll("<(/?)(\\w+)>", "<$1sl:$2>")
                        .replace("<sl:lineRef>", "<!-- x --><sl:lineRef>")
                + "<sl:session><sl:lineRef><![CDATA[ R2 ]]></sl:lineRef><sl:psychologistInami/><sl:patientNiss/>"
                + "<sl:insurerCode/><sl:preferentialRegime/><sl:sessionDate/><sl:pseudocode/>"
                + "<sl:groupParticipants> </sl:groupParticipants><sl:referralDate>2019-10-01</sl:referralDate>"
                + "<sl:prescriberInami>18765441004</sl:prescriberInami></sl:session>"
                + "</sl:sessionList>";

        assertThat(readText(reader, xml)).containsExactly(
                session(1, "R1", "95123445780", "85031412302", "100", "N", "2025-03-03", "792632", null),
                new DeclaredSession(2, "R2", null, null, null, null, null, null, null, "2019-10-01", "18765441004",
                        null));
    }

    /** Why the reader refuses a list of one session whose line reference is {@code length} characters long. */
    private UnreadableListException invalidLineRefOf(int length) {
        return refusalOf(OPEN + sessionXml("R".repeat(length)) + CLOSE);
    }

    private UnreadableListException refusalOf(String xml) {
        return catchThrowableOfType(UnreadableListException.class, () -> readText(reader, xml));
    }

    private static String sessionXml(String lineRef) {
        return "<session><lineRef>" + lineRef + "</lineRef><psychologistInami>95123445780</psychologistInami>"
                + "<patientNiss>85031412302</patientNiss><insurerCode>100</insurerCode>"
                + "<preferentialRegime>N</preferentialRegime><sessionDate>2025-03-03</sessionDate>"
                + "<pseudocode>792632</pseudocode></session>\n";
    }

    private static String everythingSaidAbout(UnreadableListException e) {
        StringBuilder said = new StringBuilder(String.valueOf(e.getMessage())).append(e.detail()).append(e.args());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            said.append(cause.getMessage());
        }
        return said.toString();
    }
}
