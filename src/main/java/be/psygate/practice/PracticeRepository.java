package be.psygate.practice;

import be.psygate.identity.Bce;
import be.psygate.identity.Iban;
import be.psygate.identity.Inami;
import be.psygate.rules.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Map;
import java.util.HashMap;

/** Practices, their SFTP credentials and their public keys. */
@Repository
public class PracticeRepository {

    private static final String COLUMNS = "inami, name, bce, iban, network_id, agreement_start, agreement_end, "
            + "yearly_capacity, sftp_user, language";

    private final JdbcClient jdbc;

    public PracticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts or updates a practice. A null {@code passwordHash} keeps the stored one; a null key list keeps the
     * stored keys.
     */
    public void save(Practice p, String passwordHash, boolean replaceKeys) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("update practice set name = ?, bce = ?, iban = ?, network_id = ?, agreement_start = ?, "
                        + "agreement_end = ?, yearly_capacity = ?, sftp_user = ?, language = ?, updated_at = ?, "
                        + "sftp_password_hash = coalesce(?, sftp_password_hash) where inami = ?")
                .params(p.name(), p.bce().value(), p.iban().value(), p.networkId(), Date.valueOf(p.agreementStart()),
                        p.agreementEnd() == null ? null : Date.valueOf(p.agreementEnd()), p.yearlyCapacity(),
                        p.sftpUser(), p.language().name().toLowerCase(java.util.Locale.ROOT), now, passwordHash, p.inami().value())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into practice (" + COLUMNS + ", sftp_password_hash, created_at, updated_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(p.inami().value(), p.name(), p.bce().value(), p.iban().value(), p.networkId(),
                            Date.valueOf(p.agreementStart()),
                            p.agreementEnd() == null ? null : Date.valueOf(p.agreementEnd()), p.yearlyCapacity(),
                            p.sftpUser(), p.language().name().toLowerCase(java.util.Locale.ROOT), passwordHash, now, now)
                    .update();
        }
        int held = jdbc.sql("select count(*) from sftp_user_name where name = ?").param(p.sftpUser())
                .query(Integer.class).single();
        if (held == 0) {
            jdbc.sql("insert into sftp_user_name (name, practice_inami, first_used) values (?, ?, ?)")
                    .params(p.sftpUser(), p.inami().value(), now).update();
        }
        if (replaceKeys) {
            jdbc.sql("delete from practice_key where practice_inami = ?").param(p.inami().value()).update();
            int position = 0;
            for (String key : p.sftpPublicKeys()) {
                jdbc.sql("insert into practice_key (practice_inami, position, public_key) values (?, ?, ?)")
                        .params(p.inami().value(), position++, key)
                        .update();
            }
        }
    }

    /** Sets a practice's password hash (null: none) and replaces its public keys. */
    public void replaceSftpAccess(String inami, String passwordHash, List<String> keys) {
        jdbc.sql("update practice set sftp_password_hash = ?, updated_at = ? where inami = ?")
                .params(passwordHash, Timestamp.from(Instant.now()), inami)
                .update();
        jdbc.sql("delete from practice_key where practice_inami = ?").param(inami).update();
        int position = 0;
        for (String key : keys) {
            jdbc.sql("insert into practice_key (practice_inami, position, public_key) values (?, ?, ?)")
                    .params(inami, position++, key)
                    .update();
        }
    }

    public Optional<Practice> findByInami(String inami) {
        return jdbc.sql("select " + COLUMNS + " from practice where inami = ?").param(inami)
                .query(this::practice).optional();
    }

    public Optional<Practice> findBySftpUser(String user) {
        return jdbc.sql("select " + COLUMNS + " from practice where sftp_user = ?").param(user)
                .query(this::practice).optional();
    }

    /** The INAMI number of the practice that holds or once held this SFTP user name. */
    public Optional<String> holderOfSftpUser(String user) {
        return jdbc.sql("select practice_inami from sftp_user_name where name = ?").param(user)
                .query(String.class).optional();
    }

    public Optional<String> passwordHashOf(String sftpUser) {
        return jdbc.sql("select sftp_password_hash from practice where sftp_user = ?").param(sftpUser)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
    }

    public boolean exists(String inami) {
        return jdbc.sql("select count(*) from practice where inami = ?").param(inami).query(Integer.class).single() > 0;
    }

    /** Every practice, by INAMI number: two queries, whatever the number of practices. */
    public List<Practice> findAll() {
        Map<String, List<String>> keys = new HashMap<>();
        jdbc.sql("select practice_inami, public_key from practice_key order by practice_inami, position")
                .query(rs -> {
                    keys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("select " + COLUMNS + " from practice order by inami")
                .query((rs, n) -> practice(rs, keys.getOrDefault(rs.getString("inami"), List.of()))).list();
    }

    /** The practices of one network, by INAMI number: two queries, whatever the number of practices. */
    public List<Practice> findByNetwork(String networkId) {
        Map<String, List<String>> keys = new HashMap<>();
        jdbc.sql("select k.practice_inami, k.public_key from practice_key k join practice p "
                        + "on p.inami = k.practice_inami where p.network_id = ? order by k.practice_inami, k.position")
                .param(networkId)
                .query(rs -> {
                    keys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("select " + COLUMNS + " from practice where network_id = ? order by inami").param(networkId)
                .query((rs, n) -> practice(rs, keys.getOrDefault(rs.getString("inami"), List.of()))).list();
    }

    private List<String> keysOf(String inami) {
        return jdbc.sql("select public_key from practice_key where practice_inami = ? order by position")
                .param(inami).query(String.class).list();
    }

    private Practice practice(ResultSet rs, int row) throws SQLException {
        return practice(rs, keysOf(rs.getString("inami")));
    }

    private static Practice practice(ResultSet rs, List<String> keys) throws SQLException {
        String inami = rs.getString("inami");
        Date end = rs.getDate("agreement_end");
        return new Practice(
                Inami.parse(inami),
                rs.getString("name"),
                Bce.parse(rs.getString("bce")),
                Iban.parse(rs.getString("iban")),
                rs.getString("network_id"),
                rs.getDate("agreement_start").toLocalDate(),
                end == null ? null : end.toLocalDate(),
                rs.getInt("yearly_capacity"),
                rs.getString("sftp_user"),
                Language.parse(rs.getString("language")),
                keys);
    }
}
