package be.psygate.billing;

import be.psygate.identity.Bce;
import be.psygate.identity.Iban;
import be.psygate.identity.Inami;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The billing hospital that sends the invoices ({@code psygate.hospital.*}). */
@ConfigurationProperties("psygate.hospital")
public record HospitalProperties(String name, String inami, String bce, String iban, String bic) {

    public Sender sender() {
        return new Sender(name, Inami.parse(inami), Bce.parse(bce), Iban.parse(iban), bic);
    }
}
