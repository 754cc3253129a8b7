package be.psygate.support;

import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.ledger.JudgedLine;
import be.psygate.rules.DeclaredSession;
import be.psygate.rules.ReasonCode;
import be.psygate.rules.RuleBook;
import be.psygate.rules.RuleBookYaml;
import be.psygate.rules.ValidSession;
import be.psygate.rules.Verdict;
import be.psygate.rules.quota.Allocation;
import be.psygate.tariff.Price;
import be.psygate.tariff.Tariff;
import be.psygate.tariff.TariffBook;
import be.psygate.tariff.TariffCsv;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Lines of a list as the intake stores them ({@code SessionLedger.insertJudged}): an individual session of pseudocode
 * 792691 with insurer 100, accepted at its tariff or refused. For the tests that build a ledger's history: the ledger
 * writes every line, and on H2 it keeps where each patient's sessions lie as it writes them.
 */
public final class LedgerLines {

    private static final TariffBook TARIFFS = TariffCsv.readDirectory(Path.of("mappings/tariffs"));
    private static final RuleBook RULES = RuleBookYaml.readDirectory(Path.of("mappings/rules"));

    private LedgerLines() {
    }

    /** An accepted session of {@code patient} with the psychologist {@code psychologist} on {@code date}. */
    public static JudgedLine accepted(long lineNumber, String ref, String psychologist, String patient, String date) {
        LocalDate day = LocalDate.parse(date);
        Tariff tariff = TARIFFS.find(Pseudocode.parse("792691"), day).orElseThrow();
        ValidSession session = new ValidSession(LineRef.parse(ref), Inami.parse(psychologist), Niss.parse(patient),
                InsurerCode.parse("100"), false, day, tariff.code(), null, null, null, tariff,
                RULES.forDate(day).orElseThrow());
        return new JudgedLine(Verdict.accept(declared(lineNumber, ref, psychologist, patient, date), session,
                Price.of(new BigDecimal("75.00"), new BigDecimal("11.00"))), Allocation.accepted());
    }

    /** A line refused by a rule of its own. */
    public static JudgedLine refused(long lineNumber, String ref, String psychologist, String patient, String date) {
        return new JudgedLine(Verdict.reject(declared(lineNumber, ref, psychologist, patient, date),
                ReasonCode.SESSION_DUPLICATE, List.of()), Allocation.accepted());
    }

    private static DeclaredSession declared(long lineNumber, String ref, String psychologist, String patient,
                                            String date) {
        return new DeclaredSession(lineNumber, ref, psychologist, patient, "100", "N", date, "792691", "", "", "",
                null);
    }
}
