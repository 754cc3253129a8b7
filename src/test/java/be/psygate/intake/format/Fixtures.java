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

    /** A session as the fixtures' readers give it: the fields given, no format problem. */
    static DeclaredSession session(long line, String lineRef, String inami, String niss, String insurer,
                                   String regime, String date, String pseudocode, String participants) {
        return new DeclaredSession(line, lineRef, inami, niss, insurer, regime, date, pseudocode, participants,
                null, null, null);
    }
}
