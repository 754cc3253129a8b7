package be.psygate.rules;

import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A case where the patient pays no copay (<i>ticket modérateur</i>) for sessions dated from {@code from} on: the
 * insurer then pays the whole fee. The exemptions of a rule set are parameters in its YAML file.
 */
public sealed interface CopayExemption permits CopayExemption.UnderAge, CopayExemption.ForPseudocodes {

    /** The first session date the exemption applies to. */
    LocalDate from();

    /** Whether the session of {@code patient} under {@code code} on {@code sessionDate} is exempted. */
    boolean exempts(Pseudocode code, LocalDate sessionDate, Niss patient);

    /**
     * Patients younger than {@code age} on the session date (since 2024-02-01: under 23). A national number whose
     * birth date is unknown (month or day 00) does not show the age, so the copay stays due.
     */
    record UnderAge(int age, LocalDate from) implements CopayExemption {

        public UnderAge {
            Objects.requireNonNull(from, "from");
            if (age < 1) {
                throw new IllegalArgumentException("The age of a copay exemption must be at least 1, got " + age);
            }
        }

        @Override
        public boolean exempts(Pseudocode code, LocalDate sessionDate, Niss patient) {
            return !sessionDate.isBefore(from) && patient.ageOn(sessionDate).map(a -> a < age).orElse(false);
        }
    }

    /**
     * Sessions billed under pseudocodes that carry no personal contribution (from 2023-09-01: the codes of sessions
     * organised with a CLB or CPMS, seed 002: amendment to the model cooperation agreement, article 17 section 1/1).
     * Such a code is still refused while no tariff version lists it: the exemption only changes the split of a fee
     * that a tariff gives.
     */
    record ForPseudocodes(Set<Pseudocode> codes, LocalDate from) implements CopayExemption {

        public ForPseudocodes {
            Objects.requireNonNull(from, "from");
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("A copay exemption by pseudocode names at least one pseudocode");
            }
            codes = Set.copyOf(codes);
        }

        @Override
        public boolean exempts(Pseudocode code, LocalDate sessionDate, Niss patient) {
            return !sessionDate.isBefore(from) && codes.contains(code);
        }
    }
}
