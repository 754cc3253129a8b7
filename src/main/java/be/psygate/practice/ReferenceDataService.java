package be.psygate.practice;

import be.psygate.practice.ReferenceData.Counts;
import be.psygate.practice.ReferenceData.Loaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Registers a whole set of networks and practices in one transaction, all or nothing: every entry is checked as
 * {@code POST /api/networks} and {@code POST /api/practices} check it (networks first, so that the set's practices
 * may name the set's networks), and one entry at fault refuses the set, with every fault named by its entry. The
 * demo data and {@code POST /api/reference-data} both come this way.
 */
@Service
public class ReferenceDataService {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataService.class);

    private final NetworkService networks;
    private final PracticeService practices;

    public ReferenceDataService(NetworkService networks, PracticeService practices) {
        this.networks = networks;
        this.practices = practices;
    }

    @Transactional
    public Loaded load(ReferenceData data) {
        List<FieldError> errors = new ArrayList<>();
        Counts networkCounts = registerEach("networks", data.networks(), "id", NetworkRegistration::id,
                networks::register, errors);
        Counts practiceCounts = registerEach("practices", data.practices(), "inami",
                p -> p.inami() == null ? null : p.inami().strip(), practices::registerOrUpdate, errors);
        if (!errors.isEmpty()) {
            log.warn("Reference data refused, nothing of it stored: {} fields at fault, first {}", errors.size(),
                    errors.get(0).field());
            throw new InvalidRegistrationException(errors);
        }
        Loaded loaded = new Loaded(networkCounts, practiceCounts);
        log.info("Reference data loaded: networks {}, practices {}", loaded.networks(), loaded.practices());
        return loaded;
    }

    /**
     * Registers the entries of one list of the set in their order, counting those created and those updated. An
     * entry missing, repeating an earlier entry's {@code keyField}, or at fault adds its errors to {@code errors},
     * named by its place in the list (e.g. {@code networks[2]}), and is not registered.
     */
    private static <R> Counts registerEach(String list, List<R> entries, String keyField, Function<R, String> key,
                                           Function<R, Registered<?>> register, List<FieldError> errors) {
        int created = 0;
        int updated = 0;
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = list + "[" + i + "]";
            R registration = entries.get(i);
            if (registration == null) {
                errors.add(new FieldError(entry, "an entry expected"));
                continue;
            }
            String k = key.apply(registration);
            if (k != null && !keys.add(k)) {
                errors.add(new FieldError(keyField, "appears twice in the set").within(entry));
                continue;
            }
            try {
                if (register.apply(registration).created()) {
                    created++;
                } else {
                    updated++;
                }
            } catch (InvalidRegistrationException e) {
                e.errors().forEach(error -> errors.add(error.within(entry)));
            }
        }
        return new Counts(created, updated);
    }
}
