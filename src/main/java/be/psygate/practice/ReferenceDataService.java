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
        int[] networkCounts = new int[2];
        Set<String> networkIds = new HashSet<>();
        for (int i = 0; i < data.networks().size(); i++) {
            String entry = "networks[" + i + "]";
            NetworkRegistration n = data.networks().get(i);
            if (n == null) {
                errors.add(new FieldError(entry, "an entry expected"));
            } else if (n.id() != null && !networkIds.add(n.id())) {
                errors.add(new FieldError("id", "appears twice in the set").within(entry));
            } else {
                try {
                    networkCounts[networks.register(n).created() ? 0 : 1]++;
                } catch (InvalidRegistrationException e) {
                    e.errors().forEach(error -> errors.add(error.within(entry)));
                }
            }
        }
        int[] practiceCounts = new int[2];
        Set<String> inamis = new HashSet<>();
        for (int i = 0; i < data.practices().size(); i++) {
            String entry = "practices[" + i + "]";
            PracticeRegistration p = data.practices().get(i);
            if (p == null) {
                errors.add(new FieldError(entry, "an entry expected"));
            } else if (p.inami() != null && !inamis.add(p.inami().strip())) {
                errors.add(new FieldError("inami", "appears twice in the set").within(entry));
            } else {
                try {
                    practiceCounts[practices.registerOrUpdate(p).created() ? 0 : 1]++;
                } catch (InvalidRegistrationException e) {
                    e.errors().forEach(error -> errors.add(error.within(entry)));
                }
            }
        }
        if (!errors.isEmpty()) {
            log.warn("Reference data refused, nothing of it stored: {} fields at fault, first {}", errors.size(),
                    errors.get(0).field());
            throw new InvalidRegistrationException(errors);
        }
        Loaded loaded = new Loaded(new Counts(networkCounts[0], networkCounts[1]),
                new Counts(practiceCounts[0], practiceCounts[1]));
        log.info("Reference data loaded: networks {}, practices {}", loaded.networks(), loaded.practices());
        return loaded;
    }
}
