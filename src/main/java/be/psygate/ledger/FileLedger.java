package be.psygate.ledger;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The received files: one row per upload, the fingerprints of the billable contents already taken in, and the notices of
 * billable lists waiting to be handed to the broker.
 */
@Repository
public class FileLedger {

    private static final String COLUMNS = "id, practice_inami, mode, file_name, remote_path, sha256, size_bytes, status, "
            + "reason_code, duplicate_of, line_count, accepted_count, rejected_count, answer_name, received_at, answered_at, "
            + "remote_modified, notice_id";

    private final JdbcClient jdbc;
    private final QuickCommit quickCommit;

    public FileLedger(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.quickCommit = new QuickCommit(dataSource);
    }

    /** Records a new upload and returns its id. */
    public long insert(NewFile file) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into received_file (practice_inami, mode, file_name, remote_path, remote_modified, sha256, "
                        + "size_bytes, status, reason_code, reason_detail, duplicate_of, received_at, notice_id) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(file.practiceInami(), file.mode().name(), file.fileName(), file.remotePath(),
                        file.remoteModified(), file.sha256(), file.sizeBytes(), file.status().name(), file.reasonCode(),
                        truncate(file.reasonDetail(), 1000), file.duplicateOf(), Timestamp.from(file.receivedAt()),
                        UUID.randomUUID().toString())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * The latest record of this very upload (same practice, path, time of modification, size and content) in
     * {@code status}: the upload was taken before, and is taken again because a crash kept it from leaving
     * {@code in/}.
     */
    public Optional<FileRecord> findUpload(String practiceInami, String remotePath, long remoteModified,
                                           String sha256, long sizeBytes, FileStatus status) {
        return jdbc.sql("select " + COLUMNS + " from received_file where practice_inami = ? and sha256 = ? "
                        + "and remote_path = ? and remote_modified = ? and size_bytes = ? and status = ? "
                        + "order by id desc")
                .params(practiceInami, sha256, remotePath, remoteModified, sizeBytes, status.name())
                .query(this::record).list().stream().findFirst();
    }

    /**
     * A list read whole: its status, what it came to, its answer's path, answered at {@code answeredAt}. Its answer is
     * decided with it, in its transaction, and written out just after the commit; a crash between the two keeps the
     * upload in {@code in/}, and the same upload taken again is answered again from the ledger (RefusedUploads).
     */
    public void complete(long fileId, FileStatus status, FileTotals totals, String answerName, Instant answeredAt) {
        jdbc.sql("update received_file set status = ?, line_count = ?, accepted_count = ?, rejected_count = ?, "
                        + "accepted_fee = ?, accepted_share = ?, answer_name = ?, answered_at = ? where id = ?")
                .params(status.name(), totals.lines(), totals.accepted(), totals.rejected(), totals.acceptedFee(),
                        totals.acceptedShare(), answerName, Timestamp.from(answeredAt), fileId)
                .update();
    }

    /** Records the list's number among its network's judged lists ({@code NetworkRepository#lockForIntake}). */
    public void judged(long fileId, String networkId, long seq) {
        jdbc.sql("update received_file set judged_network = ?, judged_seq = ? where id = ?")
                .params(networkId, seq, fileId).update();
    }

    /** The files of a network's lists judged after number {@code after}, up to {@code upTo}, in their order. */
    public List<Long> judgedBetween(String networkId, long after, long upTo) {
        return jdbc.sql("select id from received_file where judged_network = ? and judged_seq > ? and judged_seq <= ? "
                        + "and " + FreshRead.CONDITION + " order by judged_seq")
                .params(networkId, after, upTo).query(Long.class).list();
    }

    public void setAnswer(long fileId, String answerName) {
        jdbc.sql("update received_file set answer_name = ? where id = ?").params(answerName, fileId).update();
    }

    /**
     * Records that a refused upload's error report, or an answer written again, reached the practice's {@code out/}.
     * A list taken in is recorded answered with its own transaction ({@link #complete}).
     */
    public void markAnswered(long fileId) {
        // lost in a crash of the database server, the mark would only have the same list answered again, the same
        // answer, should it be taken again (RefusedUploads): its commit does not wait for the disk
        quickCommit.run(() -> jdbc.sql("update received_file set answered_at = ? where id = ?")
                .params(Timestamp.from(Instant.now()), fileId).update());
    }

    /**
     * Claims a billable content for a file. Returns false when the same practice's same content was claimed
     * already (by an earlier upload or by another gateway instance at the same moment).
     */
    public boolean claimFingerprint(String practiceInami, String sha256, long fileId) {
        try {
            jdbc.sql("insert into file_fingerprint (practice_inami, sha256, file_id) values (?, ?, ?)")
                    .params(practiceInami, sha256, fileId).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Notes the notice of a billable list, in the list's transaction; {@link #pendingNotices} hands it to the route
     * that sends it.
     */
    public void noteNotice(long fileId, String practiceInami, int acceptedSessions, BigDecimal insurerShare) {
        jdbc.sql("insert into list_notice (file_id, practice_inami, accepted_sessions, insurer_share, noted_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(fileId, practiceInami, acceptedSessions, insurerShare, Timestamp.from(Instant.now())).update();
    }

    /**
     * Notes again the notice of a list taken in before and answered again from the ledger (a crash kept it in
     * {@code in/}): the broker keeps one notice per file by its duplicate-detection id. Nothing when it still waits.
     */
    public void noteNoticeAgain(FileRecord file) {
        try {
            jdbc.sql("insert into list_notice (file_id, practice_inami, accepted_sessions, insurer_share, noted_at) "
                            + "select ?, ?, ?, null, ? from received_file where id = ? and not exists "
                            + "(select 1 from list_notice where file_id = ?)")
                    .params(file.id(), file.practiceInami(), file.acceptedCount(), Timestamp.from(Instant.now()),
                            file.id(), file.id()).update();
        } catch (DuplicateKeyException e) {
            // noted by another instance at the same moment
        }
    }

    /**
     * Holds the notices' lock until the transaction ends: one instance at a time hands notices to the broker, which
     * does not tell two sends of one duplicate id at the same moment apart.
     */
    public void lockNotices() {
        jdbc.sql("select name from gateway_lock where name = 'intake-notices' for update").query(String.class)
                .single();
    }

    /** The notices noted and not handed to the broker yet, oldest list first, at most {@code limit}. */
    public List<PendingNotice> pendingNotices(int limit) {
        return jdbc.sql("select n.file_id, f.notice_id, n.practice_inami, n.accepted_sessions, n.insurer_share "
                        + "from list_notice n join received_file f on f.id = n.file_id order by n.file_id "
                        + "fetch first ? rows only")
                .param(limit)
                .query((rs, n) -> new PendingNotice(rs.getLong(1), FileRecord.noticeDuplicateId(rs.getLong(1),
                        rs.getString(2)), rs.getString(3), rs.getInt(4), rs.getBigDecimal(5)))
                .list();
    }

    /** The broker has these notices: they are noted no longer. */
    public void noticesSent(List<Long> fileIds) {
        for (long fileId : fileIds) {
            jdbc.sql("delete from list_notice where file_id = ?").param(fileId).update();
        }
    }

    /** The processed file that holds this practice's content, if any. */
    public Optional<FileRecord> findByFingerprint(String practiceInami, String sha256) {
        return jdbc.sql("select " + prefixed("f") + " from received_file f join file_fingerprint p on p.file_id = f.id "
                        + "where p.practice_inami = ? and p.sha256 = ?")
                .params(practiceInami, sha256).query(this::record).optional();
    }

    public Optional<FileRecord> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from received_file where id = ?").param(id).query(this::record).optional();
    }

    public List<FileRecord> findByPractice(String practiceInami) {
        return jdbc.sql("select " + COLUMNS + " from received_file where practice_inami = ? order by id")
                .param(practiceInami).query(this::record).list();
    }

    /**
     * One page of the received files, newest first, of one practice or (null) of all; the names are as stored, a
     * view shows them through {@link FileRecord#shown()}.
     */
    public List<FileRecord> page(String practiceInamiOrNull, int offset, int limit) {
        String where = practiceInamiOrNull == null ? "" : " where practice_inami = :practice";
        var query = jdbc.sql("select " + COLUMNS + " from received_file" + where
                        + " order by id desc offset :offset rows fetch next :limit rows only")
                .param("offset", offset).param("limit", limit);
        if (practiceInamiOrNull != null) {
            query = query.param("practice", practiceInamiOrNull);
        }
        return query.query(this::record).list();
    }

    /** How many files were received, of one practice or (null) of all. */
    public long count(String practiceInamiOrNull) {
        return practiceInamiOrNull == null
                ? jdbc.sql("select count(*) from received_file").query(Long.class).single()
                : jdbc.sql("select count(*) from received_file where practice_inami = ?").param(practiceInamiOrNull)
                .query(Long.class).single();
    }

    /** The lists received since {@code from}, and their lines accepted and refused. */
    public Received receivedSince(Instant from) {
        return jdbc.sql("select count(*), coalesce(sum(accepted_count), 0), coalesce(sum(rejected_count), 0) "
                        + "from received_file where received_at >= ?")
                .param(Timestamp.from(from))
                .query((rs, n) -> new Received(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    /** Lists received over a period, with their lines accepted and refused. */
    public record Received(long lists, long linesAccepted, long linesRefused) {
    }

    private static String prefixed(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    private FileRecord record(ResultSet rs, int row) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new FileRecord(rs.getLong("id"), rs.getString("practice_inami"), FileMode.valueOf(rs.getString("mode")),
                rs.getString("file_name"), rs.getString("remote_path"), rs.getString("sha256"),
                rs.getLong("size_bytes"), FileStatus.valueOf(rs.getString("status")), rs.getString("reason_code"),
                (Long) rs.getObject("duplicate_of", Long.class), (Integer) rs.getObject("line_count", Integer.class),
                (Integer) rs.getObject("accepted_count", Integer.class),
                (Integer) rs.getObject("rejected_count", Integer.class), rs.getString("answer_name"),
                rs.getTimestamp("received_at").toInstant(), answered == null ? null : answered.toInstant(),
                (Long) rs.getObject("remote_modified", Long.class), rs.getString("notice_id"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
