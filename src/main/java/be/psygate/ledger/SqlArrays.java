package be.psygate.ledger;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

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
    /**
     * Runs a statement whose parameters are {@code leading} (set one by one) and then one array a column of
     * {@code columns}, for {@code unnest(?::type[], ...)}: many rows in one statement; returns the rows it counted.
     */
    public static int update(JdbcTemplate jdbc, String sql, Columns<?> columns, Object... leading) {
        return jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            for (int i = 0; i < leading.length; i++) {
                ps.setObject(i + 1, leading[i]);
            }
            for (int c = 0; c < columns.types.size(); c++) {
                ps.setArray(leading.length + 1 + c, con.createArrayOf(columns.types.get(c), columns.values(c)));
            }
            return ps;
        });
    }

    /** The columns of {@code rows}, each added with its SQL type and the value it takes of a row. */
    public static <R> Columns<R> columns(Collection<R> rows) {
        return new Columns<>(rows);
    }

    /** Rows as one array a column, the rows in the order given; see {@link #columns}. */
    public static final class Columns<R> {

        private final Collection<R> rows;
        private final List<String> types = new ArrayList<>();
        private final List<Function<? super R, ?>> values = new ArrayList<>();

        private Columns(Collection<R> rows) {
            this.rows = rows;
        }

        /** A column of SQL type {@code type} (as {@link Connection#createArrayOf} names it), one value a row. */
        public Columns<R> add(String type, Function<? super R, ?> value) {
            types.add(type);
            values.add(value);
            return this;
        }

        private Object[] values(int column) {
            Function<? super R, ?> value = values.get(column);
            return rows.stream().map(value).toArray();
        }
    }
}
