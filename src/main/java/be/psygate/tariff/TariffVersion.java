package be.psygate.tariff;

import be.psygate.identity.Pseudocode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The complete list of tariffs in force from {@code validFrom} until the next version starts: a session dated in
 * that period is priced with these tariffs, and a pseudocode missing here has no tariff in that period.
 */
public record TariffVersion(LocalDate validFrom, Map<Pseudocode, Tariff> tariffs) {

    public TariffVersion {
        Objects.requireNonNull(validFrom, "validFrom");
        tariffs = Map.copyOf(tariffs);
        tariffs.forEach((code, tariff) -> {
            if (!code.equals(tariff.code())) {
                throw new IllegalArgumentException("Tariff " + tariff.code() + " filed under " + code);
            }
        });
    }

    public Optional<Tariff> find(Pseudocode code) {
        return Optional.ofNullable(tariffs.get(code));
    }

    public boolean has(Pseudocode code) {
        return tariffs.containsKey(code);
    }
}
