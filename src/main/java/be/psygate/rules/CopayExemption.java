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
public sealed interface CopayExemption permits CopayExemption.UpToAge, CopayExemption.ForPseudocodes {

    /** The first session date the exemption applies to. */
    LocalDate from();

    /** Whether the session of {@code patient} under {@code code} on {@code sessionDate} is exempted. */
    boolean exempts(Pseudocode code, LocalDate sessionDate, Niss patient);

    /**
     * Patients aged {@code maxAge} or younger on the session date, the bound included as for the target ages: since
     * 2024-02-01 "jusqu'à 23 ans inclus", so a patient is exempted up to the eve of the 24th birthday. A national
     * number whose birth date is unknown (month or day 00) does not show the age, so the copay stays due.
     */
    record UpToAge(int maxAge, LocalDate from) implements CopayExemption {

        public UpToAge {
            Objects.requireNonNull(from, "from");
            if (maxAge < 0) {
                throw new IllegalArgumentException("The age of a copay exemption cannot be negative, got " + maxAge);
            }
        }

        @Override
        public boolean exempts(Pseudocode code, LocalDate sessionDate, Niss patient) {
            return !sessionDate.isBefore(from) && patient.ageOn(sessionDate).map(a -> a <= maxAge).orElse(false);
        }
    }

    /**
     * Sessions billed under pseudocodes that carry no personal contribution (from 2023-09-01: the codes of sessions
     * organised with a CLB or CPMS, INAMI letter Psy-Ort/2023/006 of 2023-09-28: amendment to the model cooperation agreement, article 17 section 1/1).
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
