package be.psygate.rules.quota;

import be.psygate.identity.Inami;
import be.psygate.identity.Niss;
import be.psygate.identity.Required;
import java.time.LocalDate;

/**
 * One referral (2019 convention), as a count to load: the accepted sessions of {@code patient} in {@code network}
 * declared with this referral date and prescriber, whatever their session date. Its printed form masks the national
 * number.
 */
public record ReferralKey(String network, Niss patient, LocalDate referralDate, Inami prescriber) {

    public ReferralKey {
        Required.nonNull("network, patient, referralDate, prescriber", network, patient, referralDate, prescriber);
    }
}
