package be.psygate.intake.format;

import be.psygate.rules.DeclaredSession;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads fixtures of {@code test-fixtures/} and in-line documents through a reader, into a list. */
final class Fixtures {

    static final Path ROOT = Path.of("test-fixtures");

    private Fixtures() {
    }

    static List<DeclaredSession> read(SessionListReader reader, String fixture) throws UnreadableListException {
        try (InputStream in = Files.newInputStream(ROOT.resolve(fixture))) {
            return read(reader, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DeclaredSession> readText(SessionListReader reader, String text) throws UnreadableListException {
        return read(reader, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<DeclaredSession> read(SessionListReader reader, InputStream in) throws UnreadableListException {
        List<DeclaredSession> sessions = new ArrayList<>();
        reader.read(in, sessions::add);
        return sessions;
    }

    /**
     * Asserts that {@code sessions} are the ten sessions of the March list ({@code lists/sessions-2025-03.*}), well
     * formed, the first numbered {@code first} (its line in a CSV file, its place in an XML document).
     */
    static void assertIsTheMarchList(List<DeclaredSession> sessions, long first) {
        assertThat(sessions).hasSize(10).noneMatch(DeclaredSession::isMalformed);
        assertThat(sessions.get(0)).isEqualTo(session(first, "2025-03-0001", "95123445780", "85031412302", "100",
                "N", "2025-03-03", "792632", null));
        assertThat(sessions.get(9)).isEqualTo(session(first + 9, "2025-03-0010", "95331105780", "92070105454",
                "228", "Y", "2025-03-20", "792514", "4"));
    }

    /** A session as the fixtures' readers give it: the fields given, no format problem. */
    static DeclaredSession session(long line, String lineRef, String inami, String niss, String insurer,
                                   String regime, String date, String pseudocode, String participants) {
        return new DeclaredSession(line, lineRef, inami, niss, insurer, regime, date, pseudocode, participants,
                null, null, null);
    }
}
