package be.psygate.benchmark;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Locale;

/**
 * Accepted sessions for the billing and reconciliation figures without taking a million lines in first
 * ({@code -Dbench.billing-sessions=1000000}): the accepted sessions the intake stored are copied in the ledger, in
 * SQL, until the ledger holds that many. A copy is its original with a line reference of its own ({@code c<k>-} before
 * the practice's reference, so that the practice's references stay unique), the same patient, psychologist,
 * insurer, date, pseudocode and price: what billing groups, renders and the insurers answer is as varied as the lists
 * the intake took in. The database's statistics are brought up to date afterwards (ANALYZE), as after any bulk load.
 */
final class SeededSessions {

    /** Copied as they are; the line reference, the accepted reference and billing's columns are not. */
    private static final String COLUMNS = "file_id, line_number, practice_inami, psychologist_inami, patient_niss, "
            + "insurer_code, preferential, session_date_text, pseudocode, group_participants, referral_date_text, "
            + "prescriber_inami, status, reason_code, reason_args, session_date, fee, insurer_share, copay, tranche1, "
            + "network_id, care, service_kind, referral_date";

    private SeededSessions() {
    }

    /** Copies accepted, uninvoiced sessions until there are {@code target} of them; how long it took, in seconds. */
    static double fillTo(JdbcClient jdbc, boolean postgres, long target) {
        long t0 = System.nanoTime();
        String uninvoiced = "select count(*) from session_line l where l.status = 'ACCEPTED' "
                + "and not exists (select 1 from session_account a where a.session_id = l.id)";
        long base = jdbc.sql(uninvoiced).query(Long.class).single();
        long maxOriginal = jdbc.sql("select coalesce(max(id), 0) from session_line").query(Long.class).single();
        if (base == 0 || base >= target) {
            return 0;
        }
        String range = postgres ? "generate_series(1, %d) as k(n)" : "system_range(1, %d) as k(n)";
        long copies = (target - base) / base;
        String copy = "insert into session_line (line_ref, accepted_ref, " + COLUMNS + ") "
                + "select 'c' || k.n || '-' || s.line_ref, 'c' || k.n || '-' || s.line_ref, "
                + prefixed(COLUMNS) + " from session_line s cross join " + range + " "
                + "where s.id <= %d and s.status = 'ACCEPTED' "
                + "and not exists (select 1 from session_account a where a.session_id = s.id)";
        if (copies > 0) {
            jdbc.sql(copy.formatted(copies, maxOriginal)).update();
        }
        long missing = target - jdbc.sql(uninvoiced).query(Long.class).single();
        if (missing > 0) {
            // the rest: one more copy of the first originals
            jdbc.sql("insert into session_line (line_ref, accepted_ref, " + COLUMNS + ") "
                    + "select 'c' || " + (copies + 1) + " || '-' || s.line_ref, 'c' || " + (copies + 1)
                    + " || '-' || s.line_ref, " + prefixed(COLUMNS) + " from session_line s where s.id <= "
                    + maxOriginal + " and s.status = 'ACCEPTED' "
                    + "and not exists (select 1 from session_account a where a.session_id = s.id) "
                    + "order by s.id limit " + missing).update();
        }
        jdbc.sql("analyze").update();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "[bench]    seeded: %,d accepted sessions copied to %,d in %.1f s%n", base,
                jdbc.sql(uninvoiced).query(Long.class).single(), seconds);
        return seconds;
    }

    private static String prefixed(String columns) {
        return "s." + columns.replace(", ", ", s.");
    }
}
