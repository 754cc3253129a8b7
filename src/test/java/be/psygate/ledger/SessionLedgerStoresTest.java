package be.psygate.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.rules.DeclaredSession;
import be.psygate.rules.ReasonCode;
import be.psygate.rules.RuleBookYaml;
import be.psygate.rules.ValidSession;
import be.psygate.rules.Verdict;
import be.psygate.rules.quota.Allocation;
import be.psygate.support.OnH2AndPostgres;
import be.psygate.support.TestPostgres;
import be.psygate.tariff.Price;
import be.psygate.tariff.Tariff;
import be.psygate.tariff.TariffCsv;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The lines of a list as the ledger stores them, the same on both databases (PostgreSQL takes them with a
 * {@code COPY}, H2 with a batch of inserts): every column of an accepted line, of a line refused by a rule, of one a
 * quota refused, and texts a practice wrote as it wrote them, quotes, separators, backslashes and all.
 */
class SessionLedgerStoresTest {

    static final String SCHEMA = TestPostgres.newSchemaName("psygate_stores_");

    private static final String PRACTICE = SessionLedgerLookupsTest.PRACTICE;
    private static final String PATIENT = "85073003328";

    static Stream<Arguments> databases() {
        return TestPostgres.h2AndPostgres("stores", SCHEMA);
    }

    @OnH2AndPostgres
    void everyColumnOfEveryKindOfLineIsStoredAsJudged(String name, DataSource db, String schema) {
        SessionLedgerLookupsTest.migrate(db, schema, MigrationVersion.LATEST);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        long file = SessionLedgerLookupsTest.practicesAndFile(jdbc, "stored.csv");
        SessionLedger sessions = new SessionLedger(jdbc);

        Verdict accepted = accepted(2, "R-1", "2025-03-03", LocalDate.parse("2025-02-01"));
        Verdict byQuota = accepted(3, "R-2", "2025-03-10", null);
        String awkward = "\"R;3\",\\N\t\u00e9\\";
        Verdict byRule = Verdict.reject(new DeclaredSession(4, awkward, PRACTICE, PATIENT, "228", "", "2025-13-45",
                "792691", "", "", "", null), ReasonCode.SESSION_DATE_INVALID, "2025-13-45", "a \"quoted\" \\ value");
        Verdict malformed = Verdict.reject(DeclaredSession.malformed(5, "", "7 fields, 10 expected"),
                ReasonCode.LINE_MALFORMED, "7", "10");
        List<PatientSessions.Row> noted = sessions.insertJudged(file, PRACTICE, "n", List.of(
                new JudgedLine(accepted, Allocation.accepted()),
                new JudgedLine(byQuota, Allocation.refused(ReasonCode.CONTINGENT_EXCEEDED, 100, 2025)),
                new JudgedLine(byRule, Allocation.accepted())));
        // a chunk of a list too long to be held whole
        sessions.insert(file, PRACTICE, "n", List.of(malformed));

        List<Map<String, Object>> rows = jdbc.queryForList("select line_number, line_ref, accepted_ref, "
                + "psychologist_inami, patient_niss, insurer_code, preferential, session_date_text, pseudocode, "
                + "group_participants, referral_date_text, prescriber_inami, status, reason_code, reason_args, "
                + "session_date, fee, insurer_share, copay, tranche1, network_id, care, service_kind, referral_date "
                + "from session_line where file_id = ? order by line_number", file);
        List<List<Object>> stored = new ArrayList<>();
        rows.forEach(row -> stored.add(row.values().stream().map(SessionLedgerStoresTest::plain).toList()));

        assertThat(stored).containsExactly(
                List.of("2", "R-1", "R-1", PRACTICE, PATIENT, "228", "N", "2025-03-03", "792691", "", "2025-02-01", "",
                        "ACCEPTED", "-", "-", "2025-03-03", "77.10", "66.10", "11.00", "59.49", "n", "SPPL",
                        "INDIVIDUAL", "2025-02-01"),
                List.of("3", "R-2", "-", PRACTICE, PATIENT, "228", "N", "2025-03-10", "792691", "", "", "",
                        "REJECTED", "CONTINGENT_EXCEEDED", "100\u001F2025", "2025-03-10", "-", "-", "-", "-", "n",
                        "SPPL", "INDIVIDUAL", "-"),
                List.of("4", awkward, "-", PRACTICE, PATIENT, "228", "", "2025-13-45", "792691", "", "", "",
                        "REJECTED", "SESSION_DATE_INVALID", "2025-13-45\u001Fa \"quoted\" \\ value", "-", "-", "-", "-", "-",
                        "n", "-", "-", "-"),
                List.of("5", "", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "REJECTED", "LINE_MALFORMED",
                        "7\u001F10", "-", "-", "-", "-", "-", "n", "-", "-", "-"));
        // what the intake keeps of the list in memory is what its patients' sessions read back give: the accepted
        // line alone, with the texts as stored (an empty prescriber stays empty on both databases)
        assertThat(noted).hasSize(1).containsExactlyElementsOf(sessions.acceptedSessionsOf(List.of(PATIENT)).rows())
                .containsExactlyElementsOf(sessions.acceptedSessionsIn(List.of(file), Set.of(PATIENT)));
        assertThat(noted.get(0).referralDate()).isEqualTo(LocalDate.parse("2025-02-01"));
        assertThat(sessions.acceptedSessionsIn(List.of(file), Set.of("90022612345"))).isEmpty();
    }

    /** A value as the test compares it: a null as "-", an amount with its two decimals, a date as ISO. */
    private static Object plain(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof BigDecimal amount) {
            return amount.setScale(2).toPlainString();
        }
        return value.toString();
    }

    private static Verdict accepted(long line, String ref, String date, LocalDate referral) {
        Tariff tariff = TariffCsv.readDirectory(Path.of("mappings/tariffs"))
                .find(be.psygate.identity.Pseudocode.parse("792691"), LocalDate.of(2022, 10, 1)).orElseThrow();
        LocalDate day = LocalDate.parse(date);
        ValidSession session = new ValidSession(LineRef.parse(ref), Inami.parse(PRACTICE), Niss.parse(PATIENT),
                InsurerCode.parse("228"), false, day, tariff.code(), null, referral, null, tariff,
                RuleBookYaml.readDirectory(Path.of("mappings/rules")).forDate(day).orElseThrow());
        return Verdict.accept(new DeclaredSession(line, ref, PRACTICE, PATIENT, "228", "N", date, "792691", "",
                referral == null ? "" : referral.toString(), "", null), session,
                Price.of(new BigDecimal("66.10"), new BigDecimal("11.00")));
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        TestPostgres.dropSchema(SCHEMA);
    }
}
