package be.psygate.rules.quota;

import be.psygate.identity.Niss;
import be.psygate.identity.Required;
import be.psygate.rules.CountedKinds;
import be.psygate.tariff.Care;
import be.psygate.tariff.ServiceKind;
import java.time.LocalDate;
import java.util.Set;

/**
 * One patient's yearly ceiling in one network, as a count to load: the accepted sessions of {@code patient} in
 * {@code network} dated from {@code from} to {@code to} (the calendar year {@code year}, cut to the rule set's
 * period, so that the 2019 and 2021 conventions never share a count) whose care is in {@code cares} and kind in
 * {@code kinds}. Under the 2019 convention that is every counted session (SPPL and SPS, individual and group); under
 * the 2021 one a single care level and kind. Its printed form masks the national number.
 */
public record PatientQuotaKey(
        String network,
        Niss patient,
        int year,
        LocalDate from,
        LocalDate to,
        Set<Care> cares,
        Set<ServiceKind> kinds) {

    public PatientQuotaKey {
        Required.nonNull("network, patient, from, to", network, patient, from, to);
        if (from.getYear() != year || to.getYear() != year || to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "A patient quota covers days of " + year + ", got " + from + " to " + to);
        }
        if (cares.isEmpty() || kinds.isEmpty()) {
            throw new IllegalArgumentException("A patient quota covers at least one care level and one kind");
        }
        cares = CountedKinds.cares(cares);
        kinds = CountedKinds.kinds(kinds);
    }
}
