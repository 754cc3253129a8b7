package be.psygate.money.premium;

import java.time.LocalDate;
import java.util.List;

/**
 * The practice premium 2023 of every psychologist with counted sessions, and how many sessions of the reference
 * period were left out because their list was received after {@code cutOff}.
 */
public record PremiumReport(LocalDate cutOff, int receivedAfterCutOff, List<Premium> premiums) {

    public PremiumReport {
        premiums = List.copyOf(premiums);
    }
}
