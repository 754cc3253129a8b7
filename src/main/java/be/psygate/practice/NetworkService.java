package be.psygate.practice;

import be.psygate.ledger.SessionLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Registers, updates and shows the networks. A network is shown with what its contingent has used this year (the
 * gateway's clock), as the intake counts it in the ledger.
 */
@Service
public class NetworkService {

    private static final Logger log = LoggerFactory.getLogger(NetworkService.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,32}");

    private final NetworkRepository networks;
    private final SessionLedger sessions;
    private final Clock clock;

    public NetworkService(NetworkRepository networks, SessionLedger sessions, Clock clock) {
        this.networks = networks;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Every field is checked and every problem reported at once; nothing is stored unless all are right. */
    @Transactional
    public Registered<Network> register(NetworkRegistration r) {
        List<FieldError> problems = new ArrayList<>();
        if (r.id() == null || !ID.matcher(r.id()).matches()) {
            problems.add(new FieldError("id", "1 to 32 letters, digits or '-'"));
        }
        if (r.name() == null || r.name().isBlank() || r.name().strip().length() > 200) {
            problems.add(new FieldError("name", "required, at most 200 characters"));
        }
        Network.PublicKind kind = null;
        if (r.publicKind() == null) {
            problems.add(new FieldError("publicKind", "required: ADULTS or CHILDREN"));
        } else {
            try {
                kind = Network.PublicKind.valueOf(r.publicKind().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldError("publicKind", "ADULTS or CHILDREN"));
            }
        }
        if (r.yearlyContingent() == null || r.yearlyContingent() <= 0) {
            problems.add(new FieldError("yearlyContingent", "required, sessions a year, more than 0"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException(problems);
        }
        Network network = new Network(r.id(), r.name().strip(), kind, r.yearlyContingent());
        boolean created = networks.find(network.id()).isEmpty();
        networks.save(network);
        log.info("Network {} {} ({}, contingent {})", network.id(), created ? "registered" : "updated",
                network.publicKind(), network.yearlyContingent());
        return new Registered<>(network, created);
    }

    public List<NetworkView> all() {
        int year = LocalDate.now(clock).getYear();
        return networks.findAll().stream().map(n -> view(n, year)).toList();
    }

    public Optional<NetworkView> find(String id) {
        return networks.find(id).map(n -> view(n, LocalDate.now(clock).getYear()));
    }

    NetworkView view(Network n) {
        return view(n, LocalDate.now(clock).getYear());
    }

    private NetworkView view(Network n, int year) {
        int used = sessions.quotaCount(n.id(), null, year);
        return new NetworkView(n.id(), n.name(), n.publicKind(), n.yearlyContingent(), year, used,
                n.yearlyContingent() == null ? null : Math.max(0, n.yearlyContingent() - used));
    }

    /**
     * A network as the API shows it.
     *
     * @param year             the current year (the gateway's clock)
     * @param contingentUsed   the sessions of that year counted against the contingent (accepted SPPL or SPS care,
     *                         individual or group)
     * @param contingentLeft   what is left of the contingent that year, never below zero
     */
    public record NetworkView(String id, String name, Network.PublicKind publicKind, Integer yearlyContingent,
                              int year, int contingentUsed, Integer contingentLeft) {
    }
}
