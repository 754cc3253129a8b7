package be.psygate.ops;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The operators' writes, as the audit keeps them (table {@code operator_action}). */
@Repository
public class OperatorActions {

    private final JdbcClient jdbc;

    public OperatorActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(OperatorAction action) {
        jdbc.sql("insert into operator_action (actor, acted_at, method, path, summary, status) values (?, ?, ?, ?, ?, ?)")
                .params(cut(action.actor(), 100), Timestamp.from(action.at()), cut(action.method(), 10),
                        cut(action.path(), 500), cut(action.summary(), 500), action.status())
                .update();
    }

    /** The latest actions, newest first. */
    public List<OperatorAction> latest(int limit) {
        return jdbc.sql("select id, actor, acted_at, method, path, summary, status from operator_action "
                        + "order by id desc fetch first ? rows only")
                .param(limit)
                .query((rs, n) -> new OperatorAction(rs.getLong("id"), rs.getString("actor"),
                        rs.getTimestamp("acted_at").toInstant(), rs.getString("method"), rs.getString("path"),
                        rs.getString("summary"), rs.getInt("status")))
                .list();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * One write by an operator.
     *
     * @param actor   the authenticated user
     * @param summary what was asked (the handler and the request's identifying fields, never a secret)
     * @param status  the HTTP status answered
     */
    public record OperatorAction(Long id, String actor, Instant at, String method, String path, String summary,
                                 int status) {
    }
}
