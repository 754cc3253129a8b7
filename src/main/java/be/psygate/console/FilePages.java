package be.psygate.console;

import be.psygate.ledger.FileLedger;
import be.psygate.ledger.FileRecord;
import be.psygate.ledger.LineOutcome;
import be.psygate.ledger.SessionLedger;
import be.psygate.rules.ReasonCatalogue;
import be.psygate.rules.ReasonCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /files}: the lists received, newest first, a page at a time as the database gives them; {@code /files/{id}}:
 * one list with its lines and, for a refused line, its reason in the reader's language.
 */
@Controller
record FilePages(FileLedger files, SessionLedger sessions, ReasonCatalogue reasons, ConsoleProperties props) {

    @GetMapping("/files")
    String files(@RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(0, page);
        model.addAttribute("files", files.page(null, p * props.pageSize(), props.pageSize()).stream()
                .map(FileRecord::shown).toList());
        model.addAttribute("pages", Pages.of(p, props.pageSize(), files.count(null)));
        return "files";
    }

    @GetMapping("/files/{id}")
    String file(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        FileRecord file = files.find(id).map(FileRecord::shown)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int p = Math.max(0, page);
        List<Line> lines = sessions.outcomes(id, p * props.pageSize(), props.pageSize()).stream()
                .map(this::line).toList();
        model.addAttribute("file", file);
        model.addAttribute("lines", lines);
        model.addAttribute("pages", Pages.of(p, props.pageSize(), file.lineCount() == null ? 0 : file.lineCount()));
        return "file";
    }

    private Line line(LineOutcome o) {
        String reason = null;
        if (!o.accepted() && o.reasonCode() != null) {
            try {
                reason = reasons.text(ReasonCode.valueOf(o.reasonCode()), ConsoleFormat.language(),
                        o.reasonArgs().toArray());
            } catch (IllegalArgumentException e) {
                reason = o.reasonCode();
            }
        }
        return new Line(o.lineNumber(), ConsoleFormat.safe(o.lineRef()), o.accepted(), o.reasonCode(),
                ConsoleFormat.safe(reason), o.fee(), o.insurerShare(), o.copay(), o.tranche1());
    }

    /** A line of a list as the page shows it: its reference and reason with national numbers masked. */
    record Line(long number, String ref, boolean accepted, String reasonCode, String reason, BigDecimal fee,
                BigDecimal insurerShare, BigDecimal copay, BigDecimal tranche1) {
    }
}
