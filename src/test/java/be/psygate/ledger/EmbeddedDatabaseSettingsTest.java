package be.psygate.ledger;

import be.psygate.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database as the gateway opens it by default (H2, application.yml): a commit written before it
 * returns, and the statements a list runs parsed once per connection.
 */
class EmbeddedDatabaseSettingsTest extends GatewayTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void commitsAreWrittenAtOnceAndAListsStatementsStayParsed() {
        Map<String, String> settings = new HashMap<>();
        jdbc.query("select setting_name, setting_value from information_schema.settings "
                + "where setting_name in ('WRITE_DELAY', 'QUERY_CACHE_SIZE')", rs -> {
                    settings.put(rs.getString(1), rs.getString(2));
                });

        // a process killed right after a commit loses nothing it answered for (CrashIT)
        assertThat(settings).containsEntry("WRITE_DELAY", "0");
        // H2 keeps 8 by default; a list runs about twenty statements, which then pushed each other out
        assertThat(Integer.parseInt(settings.get("QUERY_CACHE_SIZE"))).isGreaterThanOrEqualTo(32);
    }
}
