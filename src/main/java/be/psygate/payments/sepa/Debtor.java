package be.psygate.payments.sepa;

import be.psygate.identity.Iban;

import java.util.Objects;

/**
 * Who pays a batch of credit transfers: the billing hospital, its account and its bank. The name is clipped to 70
 * characters (the SEPA limit) in the file. The BIC may be {@code null}: SEPA transfers are "IBAN only" and the file then says
 * {@code NOTPROVIDED}.
 */
public record Debtor(String name, Iban iban, Bic bic) {

    static final int MAX_NAME = 70;

    public Debtor {
        name = SepaText.blankToNull(name);
        if (name == null) {
            throw new IllegalArgumentException("the debtor's name is missing");
        }
        Objects.requireNonNull(iban, "the debtor's IBAN is missing");
    }
}
