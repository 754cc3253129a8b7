package be.psygate.money.premium;

import be.psygate.identity.Inami;
import be.psygate.identity.Pseudocode;
import java.math.BigDecimal;

/**
 * The practice premium 2023 of one psychologist, paid through network {@code networkId} under pseudocode
 * {@link #PSEUDOCODE} (793995).
 *
 * @param sessions the psychologist's counted individual sessions, all networks together
 * @param outreachSessions how many of them are under an outreach code
 * @param attested the full fees (copay included) of the counted sessions
 * @param outreachShare {@code outreachSessions / sessions}, a fraction (0.1300 for 13%) rounded half up to four
 *     decimals, for display: {@code part20} is computed from the exact share
 * @param part80 the volume part, at most 800.00
 * @param part20 the outreach (innovation) part, at most 200.00
 * @param total part80 + part20, at most 1000.00
 * @param receivedAfterCutOff the psychologist's sessions that would have counted but were received after the
 *     cut-off, left out
 */
public record Premium(Inami inami, String networkId, int sessions, int outreachSessions, BigDecimal attested,
        BigDecimal outreachShare, BigDecimal part80, BigDecimal part20, BigDecimal total, int receivedAfterCutOff) {

    /** The pseudocode under which the practice premium is paid. */
    public static final Pseudocode PSEUDOCODE = new Pseudocode("793995");
}
