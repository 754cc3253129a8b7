package be.psygate.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.sql.PreparedStatement;

/** The two things every ledger table needs the same way on H2 and PostgreSQL. */
public final class LedgerSql {

    private LedgerSql() {
    }

    /** Runs an insert and returns the generated {@code id}. */
    public static long insertReturningId(JdbcTemplate jdbc, String sql, Object... args) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql, new String[]{"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    /** Whether the database behind {@code jdbc} is PostgreSQL (else H2). */
    public static boolean isPostgres(JdbcTemplate jdbc) {
        Boolean postgres = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) con ->
                con.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres"));
        return Boolean.TRUE.equals(postgres);
    }

    /**
     * Holds the named lock (a row of {@code gateway_lock}) until the transaction ends: one run of that kind at a
     * time, across gateway instances.
     */
    public static void lock(JdbcTemplate jdbc, String name) {
        jdbc.queryForObject("select name from gateway_lock where name = ? for update", String.class, name);
    }
}
