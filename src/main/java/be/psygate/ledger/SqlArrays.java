package be.psygate.ledger;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Many ids in one parameter, on H2 and PostgreSQL alike: {@code where id = any(?)} with a SQL array, one statement
 * and one round trip for a whole set, instead of one statement per id or a list of thousands of parameters (which
 * PostgreSQL plans anew for every length).
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** The ids as a SQL array of {@code bigint}, for {@code = any(?)}. */
    public static Array bigints(Connection con, Collection<Long> ids) throws SQLException {
        return con.createArrayOf("bigint", ids.toArray());
    }

    /**
     * Runs an update whose parameters are {@code leading} (set one by one) and then the ids as one array; returns the
     * rows it counted.
     */
    public static int update(JdbcTemplate jdbc, String sql, Collection<Long> ids, Object... leading) {
        return jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            for (int i = 0; i < leading.length; i++) {
                ps.setObject(i + 1, leading[i]);
            }
            ps.setArray(leading.length + 1, bigints(con, ids));
            return ps;
        });
    }
}
