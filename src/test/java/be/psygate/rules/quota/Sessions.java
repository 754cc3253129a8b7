package be.psygate.rules.quota;

import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.identity.TestIds;
import be.psygate.rules.RuleBook;
import be.psygate.rules.RuleBookYaml;
import be.psygate.rules.ValidSession;
import be.psygate.tariff.Tariff;
import be.psygate.tariff.TariffBook;
import be.psygate.tariff.TariffCsv;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Accepted sessions for the quota engine, built directly: the real rule sets, and the tariffs of 2022-10-01 for
 * their care and kind whatever the session date (the quota engine only reads the care and the kind, and the public convention texts
 * give no 2019 tariff).
 */
final class Sessions {

    static final RuleBook RULES = RuleBookYaml.readDirectory(Path.of("mappings/rules"));
    static final TariffBook TARIFFS = TariffCsv.readDirectory(Path.of("mappings/tariffs"));

    static final String SPPL_IND = "792691";
    static final String SPPL_GRP = "792514";
    static final String SPS_IND = "792890";
    static final String SPS_GRP = "792735";
    static final String CARE_PATH = "792971";
    static final String MISSION = "792190";

    static final Inami PSY_A = Inami.parse(TestIds.inami("123456", "790"));
    static final Inami PSY_B = Inami.parse(TestIds.inami("234567", "790"));
    static final Inami PRESCRIBER = Inami.parse(TestIds.inami("456789", "010"));
    static final Niss PATIENT = patient(1);

    private static final AtomicLong NEXT_REF = new AtomicLong();

    private Sessions() {
    }

    static Niss patient(int n) {
        return Niss.parse(TestIds.niss("850730", n, false));
    }

    static Tariff tariff(String pseudocode) {
        return TARIFFS.find(Pseudocode.parse(pseudocode), LocalDate.of(2022, 10, 1)).orElseThrow();
    }

    static ValidSession session(Inami psychologist, Niss patient, String date, String pseudocode) {
        return session(psychologist, patient, LocalDate.parse(date), pseudocode, null, null);
    }

    static ValidSession session(Inami psychologist, Niss patient, LocalDate date, String pseudocode,
            LocalDate referralDate, Inami prescriber) {
        Tariff tariff = tariff(pseudocode);
        Integer participants = tariff.isGroup() ? 4 : null;
        return new ValidSession(LineRef.parse("Q-" + NEXT_REF.incrementAndGet()), psychologist, patient,
                InsurerCode.parse("228"), false, date, tariff.code(), participants, referralDate, prescriber, tariff,
                RULES.forDate(date).orElseThrow());
    }

    /** A session of the 2019 convention, on a referral. */
    static ValidSession referred(Inami psychologist, Niss patient, String date, String referralDate) {
        return session(psychologist, patient, LocalDate.parse(date), SPPL_IND, LocalDate.parse(referralDate),
                PRESCRIBER);
    }
}
