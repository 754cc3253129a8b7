package be.psygate.billing;

import be.psygate.identity.Bce;
import be.psygate.identity.Iban;
import be.psygate.identity.Inami;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The billing hospital that sends the invoices ({@code psygate.hospital.*}) and receives the insurers' payments.
 *
 * @param name  its name, the invoices' contact
 * @param inami its INAMI number: the sender and third-party payer of the invoices
 * @param bce   its BCE number
 * @param iban  its account, where the insurers pay and from which the practices are paid
 * @param bic   its bank's BIC
 */
@Validated
@ConfigurationProperties("psygate.hospital")
public record HospitalProperties(String name, String inami, String bce, String iban, String bic) {

    public Sender sender() {
        return new Sender(name, Inami.parse(inami), Bce.parse(bce), Iban.parse(iban), bic);
    }
}
