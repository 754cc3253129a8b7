package be.psygate.intake;

import be.psygate.ledger.LineOutcome;
import be.psygate.ledger.SessionLedger;
import be.psygate.rules.Language;
import be.psygate.rules.ReasonCatalogue;
import be.psygate.rules.ReasonCode;
import be.psygate.storage.PrivateFiles;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The answer step of the intake: the acknowledgement of a list ({@link AckWriter}) or the error report of a file
 * refused whole ({@link ErrorReport}), written to a local file of the gateway's own, for the route to deliver to
 * the practice's {@code out/}.
 */
final class ListAnswers {

    private final ReasonCatalogue reasons;
    private final SessionLedger sessions;
    private final Path dir;

    ListAnswers(ReasonCatalogue reasons, SessionLedger sessions, Path workDir) {
        this.reasons = reasons;
        this.sessions = sessions;
        this.dir = workDir.resolve("answers");
    }

    /** A new, empty local answer file. */
    Path newFile() {
        try {
            PrivateFiles.createDirectories(dir);
            return Files.createTempFile(dir, "answer-", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the acknowledgement of these line outcomes, in their order, each also handed to {@code seen}. */
    void acknowledge(Path answer, Language language, List<LineOutcome> lines, Consumer<LineOutcome> seen) {
        acknowledge(answer, language, sink -> lines.forEach(sink), seen);
    }

    /** Writes the acknowledgement of a stored file, read back from the ledger in line order. */
    void acknowledgeStored(Path answer, Language language, long fileId, Consumer<LineOutcome> seen) {
        acknowledge(answer, language, sink -> sessions.forEachOutcome(fileId, sink), seen);
    }

    private void acknowledge(Path answer, Language language, Consumer<Consumer<LineOutcome>> lines,
                             Consumer<LineOutcome> seen) {
        try (AckWriter ack = new AckWriter(new OutputStreamWriter(Files.newOutputStream(answer), StandardCharsets.UTF_8),
                reasons, language)) {
            lines.accept(outcome -> {
                ack.write(outcome);
                seen.accept(outcome);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the error report of a file refused whole. */
    Path reportError(Language language, String fileName, Instant receivedAt, long fileId, ReasonCode code,
                     List<String> args) {
        String report = ErrorReport.render(reasons, language, fileName, receivedAt, String.valueOf(fileId), code, args);
        Path answer = newFile();
        try {
            Files.writeString(answer, report, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return answer;
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray local answer file is harmless
        }
    }
}
