package be.psygate.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** What each session is worth to its psychologist, entry by entry (table {@code practice_entry}). */
@Repository
public class EntryLedger {

    private final JdbcTemplate jdbc;

    public EntryLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Tranche 1 of every session a list had accepted, due on {@code due}: one statement for the whole list. */
    public int recordTranche1(long fileId, LocalDate due) {
        return jdbc.update("insert into practice_entry (practice_inami, session_id, number, kind, amount, due_date, "
                        + "confirmed, created_at) select practice_inami, id, 1, 'TRANCHE_1', tranche1, ?, true, ? "
                        + "from session_line "
                        + "where file_id = ? and status = 'ACCEPTED'",
                Date.valueOf(due), Timestamp.from(Instant.now()), fileId);
    }
}
