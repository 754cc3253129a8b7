package be.psygate.benchmark;

import be.psygate.identity.Inami;
import be.psygate.intake.format.SessionListReaders;
import be.psygate.rules.ListValidator;
import be.psygate.rules.NetworkPublic;
import be.psygate.rules.PracticeContext;
import be.psygate.rules.RuleBook;
import be.psygate.rules.RuleBookYaml;
import be.psygate.rules.Verdict;
import be.psygate.rules.quota.NetworkQuotas;
import be.psygate.rules.quota.QuotaAllocator;
import be.psygate.rules.quota.UsageCounts;
import be.psygate.tariff.TariffBook;
import be.psygate.tariff.TariffCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's data is only worth its figures if the gateway would take it as a practice's: every line the
 * generator did not break on purpose passes the convention's rules and quotas, every broken one is refused, and the
 * same seed writes the same files.
 */
class SyntheticCountryTest {

    private static final TariffBook TARIFFS = TariffCsv.readDirectory(Path.of("mappings/tariffs"));
    private static final RuleBook RULES = RuleBookYaml.readDirectory(Path.of("mappings/rules"));

    private final SyntheticCountry country = new SyntheticCountry(7, 6, 12, 300, 0.03, 2025);

    @Test
    void everyLineNotBrokenOnPurposePassesTheRulesAndQuotasAndEveryBrokenOneIsRefused(@TempDir Path dir)
            throws Exception {
        SyntheticCountry.Written written = country.writeLists(dir);
        assertThat(written.files()).hasSize(6 * 12);
        assertThat(written.invalid()).isBetween(written.lines() / 50, written.lines() / 20);

        long accepted = 0;
        long refused = 0;
        Set<String> patientsSeen = new HashSet<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> reasons = new HashMap<>();
        for (int p = 0; p < country.practiceCount(); p++) {
            Inami practice = Inami.parse(country.inami(p));
            NetworkPublic kind = country.childrenNetwork(country.networkOf(p)) ? NetworkPublic.CHILDREN
                    : NetworkPublic.ADULTS;
            PracticeContext context = new PracticeContext(practice, Set.of(practice)::contains,
                    LocalDate.of(2022, 1, 1), null, kind, Period.ofYears(2));
            QuotaAllocator quotas = new QuotaAllocator(new NetworkQuotas(country.networkId(country.networkOf(p)),
                    kind, i -> 100_000, 100_000_000), UsageCounts.none());
            for (int m = 1; m <= 12; m++) {
                ListValidator validator = new ListValidator(TARIFFS, RULES, context, LocalDate.of(2025, 12, 31));
                List<Verdict> verdicts = new ArrayList<>();
                try (InputStream in = Files.newInputStream(dir.resolve(country.sftpUser(p))
                        .resolve(country.fileName(p, m)))) {
                    SessionListReaders.forFileName("list.csv").read(in, line -> verdicts.add(validator.check(line)));
                }
                for (Verdict v : verdicts) {
                    var allocation = v.accepted() ? quotas.allocate(v.session()) : null;
                    if (allocation != null && allocation.isAccepted()) {
                        accepted++;
                        patientsSeen.add(v.session().patient().value());
                        codes.merge(v.session().pseudocode().value(), 1, Integer::sum);
                    } else {
                        refused++;
                        reasons.merge(allocation == null ? v.reason().name() : allocation.reason().name(), 1,
                                Integer::sum);
                    }
                }
            }
        }
        assertThat(refused).as("refused by reason: %s", reasons).isEqualTo(written.invalid());
        assertThat(accepted).isEqualTo(written.lines() - written.invalid());
        // a mix, not one code: first sessions, ordinary, video, outreach, specialised care and groups
        assertThat(codes.keySet()).contains("792632", "792691", "792713", "792934", "792890", "792514", "792735");
        assertThat(patientsSeen.size()).isBetween((int) (accepted / 12), (int) (accepted / 2));
    }

    @Test
    void theSameSeedWritesTheSameFiles(@TempDir Path first, @TempDir Path second) throws Exception {
        SyntheticCountry small = new SyntheticCountry(11, 2, 2, 50, 0.05, 2025);
        List<Path> a = small.writeLists(first).files();
        List<Path> b = small.writeLists(second).files();
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.readString(b.get(i))).isEqualTo(Files.readString(a.get(i)));
        }
        assertThat(new SyntheticCountry(12, 2, 2, 50, 0.05, 2025).writeLists(second).files().get(0))
                .satisfies(other -> assertThat(Files.readString(other)).isNotEqualTo(Files.readString(a.get(0))));
    }
}
