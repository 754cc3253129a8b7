package be.psygate.money.premium;

import be.psygate.identity.Inami;
import be.psygate.identity.Pseudocode;
import be.psygate.money.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The practice premium 2023 (sixth amendment to the convention, article 14/1), at most 1,000 EUR per psychologist.
 *
 * <ul>
 *   <li>Counted: individual sessions dated 2022-09-01 to 2023-08-31 (both included) with one of the codes in
 *       {@link #COUNTED_CODES}, whose list was received on or before {@link #CUT_OFF} (Brussels date): "les données
 *       introduites au plus tard le 5 octobre 2023". Group sessions and every other code do not count; a session
 *       received later is left out and counted in the report as such.</li>
 *   <li>Attested amount: the sum of the counted sessions' full fees, copay included, over all the psychologist's
 *       networks.</li>
 *   <li>Volume part (80%): 800 EUR x min(1, attested / 36,000 EUR).</li>
 *   <li>Outreach part (20%): 200 EUR x min(1, outreach share / 50%), the outreach share being the number of counted
 *       sessions under the codes in {@link #OUTREACH_CODES} divided by the number of counted sessions: the maximum
 *       goes to whoever "a organisé 50% des séances individuelles en outreaching" (article 14/1, point 4), a count
 *       of sessions, not of euros.</li>
 *   <li>Rounding: each part is computed from the exact amounts and rounded once, half up, to the cent; the total is
 *       their sum, at most 1,000.00 EUR (which the two caps already ensure).</li>
 *   <li>Network: the premium goes through the network where the psychologist's counted sessions add up to the most
 *       euros; on a tie, the network whose id comes first in alphabetical order.</li>
 *   <li>A psychologist with no counted session (or counted sessions worth 0.00) gets no premium.</li>
 * </ul>
 */
public final class PremiumCalculator {

    public static final LocalDate PERIOD_START = LocalDate.of(2022, 9, 1);
    public static final LocalDate PERIOD_END = LocalDate.of(2023, 8, 31);
    /** The last day (in Brussels) a list may have been received for its sessions to count. */
    public static final LocalDate CUT_OFF = LocalDate.of(2023, 10, 5);

    /** The individual-session codes whose fees make the attested amount. */
    public static final Set<Pseudocode> COUNTED_CODES = codes("792595", "792610", "792632", "792654", "792676",
            "792691", "792713", "792816", "792831", "792934", "792853", "792875", "792890", "792912", "792993");

    /** The counted codes that are outreach sessions. */
    public static final Set<Pseudocode> OUTREACH_CODES = codes("792654", "792676", "792853", "792875");

    /** The attested amount that earns the whole volume part. */
    public static final BigDecimal FULL_VOLUME = new BigDecimal("36000.00");
    public static final BigDecimal VOLUME_PART_MAX = new BigDecimal("800.00");
    /** The outreach share that earns the whole outreach part. */
    public static final BigDecimal FULL_OUTREACH_SHARE = new BigDecimal("0.50");
    public static final BigDecimal OUTREACH_PART_MAX = new BigDecimal("200.00");
    /** The most a psychologist can get. */
    public static final BigDecimal PREMIUM_MAX = new BigDecimal("1000.00");
    public static final int SHARE_SCALE = 4;

    private static final Comparator<Map.Entry<String, BigDecimal>> LARGEST_VOLUME_FIRST =
            Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    /**
     * Whether a session counts for the premium: an individual counted code, dated in the reference period, received
     * by the cut-off.
     */
    public static boolean counts(PremiumSession session) {
        return inPeriod(session) && !session.received().isAfter(CUT_OFF);
    }

    /** Whether a session would count but was received after the cut-off. */
    public static boolean receivedTooLate(PremiumSession session) {
        return inPeriod(session) && session.received().isAfter(CUT_OFF);
    }

    private static boolean inPeriod(PremiumSession session) {
        return COUNTED_CODES.contains(session.code())
                && !session.sessionDate().isBefore(PERIOD_START)
                && !session.sessionDate().isAfter(PERIOD_END);
    }

    /** The premiums, and how many sessions were left out for having been received after the cut-off. */
    public PremiumReport report(List<PremiumSession> sessions) {
        int late = (int) sessions.stream().filter(PremiumCalculator::receivedTooLate).count();
        return new PremiumReport(CUT_OFF, late, premium(sessions));
    }

    /** The premium of each psychologist with counted sessions among {@code sessions}, by INAMI number. */
    public List<Premium> premium(List<PremiumSession> sessions) {
        Map<String, List<PremiumSession>> byPsychologist = sessions.stream()
                .filter(PremiumCalculator::counts)
                .collect(Collectors.groupingBy(session -> session.psychologist().value(), TreeMap::new,
                        Collectors.toList()));
        Map<String, Long> lateByPsychologist = sessions.stream()
                .filter(PremiumCalculator::receivedTooLate)
                .collect(Collectors.groupingBy(session -> session.psychologist().value(), Collectors.counting()));
        List<Premium> premiums = new ArrayList<>();
        for (Map.Entry<String, List<PremiumSession>> own : byPsychologist.entrySet()) {
            BigDecimal attested = feeSum(own.getValue().stream());
            if (attested.signum() > 0) {
                int late = lateByPsychologist.getOrDefault(own.getKey(), 0L).intValue();
                premiums.add(premiumOf(own.getValue().get(0).psychologist(), own.getValue(), attested, late));
            }
        }
        return premiums;
    }

    private static Premium premiumOf(Inami psychologist, List<PremiumSession> own, BigDecimal attested, int late) {
        int count = own.size();
        int outreach = (int) own.stream().filter(session -> OUTREACH_CODES.contains(session.code())).count();
        BigDecimal part80 = attested.compareTo(FULL_VOLUME) >= 0
                ? VOLUME_PART_MAX
                : attested.multiply(VOLUME_PART_MAX).divide(FULL_VOLUME, Amounts.SCALE, Amounts.ROUNDING);
        // outreach / count >= 50% <=> outreach >= count x 0.50; below it, 200 x (outreach / count) / 0.50 in one
        // division so that the share is never rounded before the part is
        BigDecimal outreachForFullPart = BigDecimal.valueOf(count).multiply(FULL_OUTREACH_SHARE);
        BigDecimal outreachSessions = BigDecimal.valueOf(outreach);
        BigDecimal part20 = outreachSessions.compareTo(outreachForFullPart) >= 0
                ? OUTREACH_PART_MAX
                : outreachSessions.multiply(OUTREACH_PART_MAX)
                        .divide(outreachForFullPart, Amounts.SCALE, Amounts.ROUNDING);
        BigDecimal share = outreachSessions.divide(BigDecimal.valueOf(count), SHARE_SCALE, RoundingMode.HALF_UP);
        BigDecimal total = part80.add(part20).min(PREMIUM_MAX);
        return new Premium(psychologist, networkOf(own), count, outreach, attested, share, part80, part20, total,
                late);
    }

    /** The network where the sessions add up to the most euros; on a tie, the first id alphabetically. */
    private static String networkOf(List<PremiumSession> own) {
        Map<String, BigDecimal> volumes = new LinkedHashMap<>();
        for (PremiumSession session : own) {
            volumes.merge(session.networkId(), session.fee(), BigDecimal::add);
        }
        return volumes.entrySet().stream().min(LARGEST_VOLUME_FIRST).orElseThrow().getKey();
    }

    private static BigDecimal feeSum(Stream<PremiumSession> sessions) {
        return Amounts.sum(sessions.map(PremiumSession::fee).toList());
    }

    private static Set<Pseudocode> codes(String... values) {
        return Stream.of(values).map(Pseudocode::new).collect(Collectors.toUnmodifiableSet());
    }
}
