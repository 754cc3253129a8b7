package be.psygate.money.premium;

import be.psygate.identity.Inami;
import be.psygate.identity.Pseudocode;
import be.psygate.identity.Required;
import be.psygate.money.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One session a psychologist attested through a network, as the practice premium looks at it: its pseudocode, its
 * session date, its full fee (insurer share plus the patient's copay), and the day its list was received (a
 * Brussels date). The caller passes the sessions attested and not refused by the insurer; which of them count is the
 * calculator's business.
 */
public record PremiumSession(Inami psychologist, String networkId, Pseudocode code, LocalDate sessionDate,
        BigDecimal fee, LocalDate received) {

    public PremiumSession {
        Required.nonNull("psychologist, code, sessionDate, fee, received",
                psychologist, code, sessionDate, fee, received);
        if (networkId == null || networkId.isBlank()) {
            throw new IllegalArgumentException("A premium session needs its network");
        }
        fee = Amounts.exact(fee);
        if (fee.signum() < 0) {
            throw new IllegalArgumentException("A session fee cannot be negative, got " + fee);
        }
    }
}
