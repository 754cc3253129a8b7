package be.psygate.intake;

import be.psygate.ledger.FileLedger;
import be.psygate.ledger.FileRecord;
import be.psygate.ledger.SessionLedger;
import be.psygate.ledger.SessionView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** What the gateway received from a practice ({@code /api/files}) and what became of a session ({@code /api/sessions}). */
@RestController
@RequestMapping("/api")
public record IntakeController(FileLedger files, SessionLedger sessions) {

    /** The files received from a practice, oldest first, with their status and counts. */
    @GetMapping("/files")
    public List<FileRecord> files(@RequestParam String practice) {
        return files.findByPractice(practice).stream().map(FileRecord::shown).toList();
    }

    /** Every line the practice sent under this reference, oldest first. */
    @GetMapping("/sessions")
    public List<SessionView> sessions(@RequestParam String practice, @RequestParam String lineRef) {
        return sessions.findByRef(practice, lineRef);
    }
}
