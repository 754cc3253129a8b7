package be.psygate.intake;

import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.ledger.JudgedLine;
import be.psygate.ledger.PatientSessions;
import be.psygate.ledger.Rejection;
import be.psygate.ledger.SessionLedger;
import be.psygate.ledger.StoredSession;
import be.psygate.practice.Network;
import be.psygate.practice.Practice;
import be.psygate.practice.PracticeRepository;
import be.psygate.rules.ListValidator;
import be.psygate.rules.NetworkPublic;
import be.psygate.rules.PracticeContext;
import be.psygate.rules.ReasonCode;
import be.psygate.rules.RuleBook;
import be.psygate.rules.SessionKey;
import be.psygate.rules.ValidSession;
import be.psygate.rules.Verdict;
import be.psygate.rules.quota.Allocation;
import be.psygate.rules.quota.NetworkQuotas;
import be.psygate.rules.quota.QuotaAllocator;
import be.psygate.tariff.TariffBook;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The judge step of the intake: each line on its own and within its list ({@link ListValidator}), then against the
 * practice's earlier lists (a reference or a session accepted before is not accepted again), then the network's
 * quotas that depend on its whole history (ceilings, capacity, contingent), first come first served, by session date
 * within the list. The caller holds the network's lock while the quotas are allocated.
 */
record ListJudge(SessionLedger sessions, PracticeRepository practices, TariffBook tariffs, RuleBook rules,
                 IntakeProperties props, Clock clock) {

    /** Judges the lines of one list of {@code practice}, each on its own and against the list's other lines. */
    ListValidator validatorFor(Practice practice, Network network) {
        Map<String, Boolean> known = new HashMap<>();
        PracticeContext context = new PracticeContext(practice.inami(),
                psychologist -> known.computeIfAbsent(psychologist.value(), practices::exists),
                practice.agreementStart(), practice.agreementEnd(), networkPublic(network), props.billingDeadline());
        return new ListValidator(tariffs, rules, context, LocalDate.now(clock));
    }

    /**
     * Turns down, in place, the accepted lines of a chunk that repeat a reference or a session the practice had
     * accepted in an earlier list. Two queries, whatever the chunk's size.
     */
    void againstEarlierLists(Practice practice, long fileId, List<Verdict> chunk) {
        List<SessionKey> keys = chunk.stream().filter(Verdict::accepted).map(v -> v.session().key()).toList();
        againstEarlierLists(practice, chunk, sessions.acceptedElsewhere(fileId, practice.inami(), keys));
    }

    /**
     * Judges a list held whole: against the practice's earlier lists, then the network's quotas, its patients'
     * earlier sessions ({@code history}, of every patient of its accepted lines) read once for both.
     */
    List<JudgedLine> judgeWhole(Practice practice, Network network, long fileId, List<Verdict> verdicts,
                                PatientSessions history) {
        List<SessionKey> keys = verdicts.stream().filter(Verdict::accepted).map(v -> v.session().key()).toList();
        againstEarlierLists(practice, verdicts, history.acceptedElsewhere(fileId, practice.inami(), keys));
        return allocateQuotas(practice, network, fileId, verdicts, history);
    }

    private void againstEarlierLists(Practice practice, List<Verdict> chunk, Map<SessionKey, String> repeated) {
        String inami = practice.inami().value();
        List<String> refs = chunk.stream().filter(Verdict::accepted).map(v -> v.session().lineRef().value()).toList();
        Set<String> used = sessions.acceptedRefsAmong(inami, refs);
        if (used.isEmpty() && repeated.isEmpty()) {
            return;
        }
        chunk.replaceAll(v -> {
            if (!v.accepted()) {
                return v;
            }
            ValidSession s = v.session();
            if (used.contains(s.lineRef().value())) {
                return Verdict.reject(v.line(), ReasonCode.LINE_REF_ALREADY_ACCEPTED, List.of(s.lineRef().value()));
            }
            String earlier = repeated.get(s.key());
            return earlier == null ? v : Verdict.reject(v.line(), ReasonCode.SESSION_ALREADY_ACCEPTED,
                    List.of(s.pseudocode().value(), s.sessionDate().toString(), earlier));
        });
    }

    /**
     * The network's quotas for a list held whole, in line order: its accepted sessions take their places by session
     * date, then line number; the usage of the network's other lists is read once, for the whole list.
     */
    private List<JudgedLine> allocateQuotas(Practice practice, Network network, long fileId, List<Verdict> verdicts,
                                            PatientSessions history) {
        NetworkQuotas quotas = quotasOf(practice, network);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            if (verdicts.get(i).accepted()) {
                order.add(i);
            }
        }
        order.sort(Comparator.<Integer, LocalDate>comparing(i -> verdicts.get(i).session().sessionDate())
                .thenComparingLong(i -> verdicts.get(i).line().lineNumber()));
        LedgerUsage usage = new LedgerUsage(sessions, network.id(), fileId, history);
        usage.load(quotas.keysOf(order.stream().map(i -> verdicts.get(i).session()).toList()));
        QuotaAllocator allocator = new QuotaAllocator(quotas, usage);
        Allocation[] allocations = new Allocation[verdicts.size()];
        for (int i : order) {
            allocations[i] = allocator.allocate(verdicts.get(i).session());
        }
        List<JudgedLine> judged = new ArrayList<>(verdicts.size());
        for (int i = 0; i < verdicts.size(); i++) {
            judged.add(new JudgedLine(verdicts.get(i), allocations[i] == null ? Allocation.accepted() : allocations[i]));
        }
        return judged;
    }

    /**
     * The network's quotas for a list too long to be held, once its lines are stored: its accepted lines read back
     * in session-date order a chunk at a time, and the ones a quota refuses turned down in the ledger.
     */
    void allocateStoredQuotas(Practice practice, Network network, long fileId) {
        NetworkQuotas quotas = quotasOf(practice, network);
        LedgerUsage usage = new LedgerUsage(sessions, network.id(), fileId);
        QuotaAllocator allocator = new QuotaAllocator(quotas, usage);
        List<Rejection> refused = new ArrayList<>();
        sessions.forEachAcceptedInQuotaOrder(fileId, props.chunkSize(), rows -> {
            List<ValidSession> valid = rows.stream().map(this::validSession).toList();
            usage.load(quotas.keysOf(valid));
            for (int i = 0; i < rows.size(); i++) {
                Allocation allocation = allocator.allocate(valid.get(i));
                if (!allocation.isAccepted()) {
                    refused.add(new Rejection(rows.get(i).id(), allocation.reason(), allocation.args()));
                }
            }
        });
        sessions.reject(refused);
    }

    private NetworkQuotas quotasOf(Practice practice, Network network) {
        Map<String, Integer> capacities = new HashMap<>();
        capacities.put(practice.inami().value(), practice.yearlyCapacity());
        return new NetworkQuotas(network.id(), networkPublic(network),
                inami -> capacities.computeIfAbsent(inami.value(),
                        i -> practices.findByInami(i).map(Practice::yearlyCapacity).orElse(0)),
                network.yearlyContingent());
    }

    private ValidSession validSession(StoredSession r) {
        Pseudocode code = Pseudocode.parse(r.pseudocode());
        LocalDate date = r.sessionDate();
        return new ValidSession(LineRef.parse(r.lineRef()), Inami.parse(r.psychologistInami()),
                Niss.parse(r.patientNiss()), InsurerCode.parse(r.insurerCode()), r.preferential(), date, code,
                r.groupParticipants(), r.referralDate(),
                r.prescriberInami() == null ? null : Inami.parse(r.prescriberInami()),
                tariffs.find(code, date).orElseThrow(), rules.forDate(date).orElseThrow());
    }

    private static NetworkPublic networkPublic(Network network) {
        return NetworkPublic.valueOf(network.publicKind().name());
    }
}
