package be.psygate.payments.sepa;

import be.psygate.payments.sepa.camt054.ObjectFactory;
import jakarta.xml.bind.JAXBContext;

import javax.xml.validation.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes what a bank would send the hospital, for the tests and the demo's simulated bank: the credits booked on an
 * account as an ISO 20022 camt.054.001.02 debit/credit notification (see {@link Camt054Document}), in UTF-8. The
 * document is validated against {@value #CAMT054_SCHEMA} of {@code mappings/formats} before a byte of it reaches
 * the stream. Thread-safe.
 */
public final class CamtWriter {

    /** The schema file of camt.054, in {@code mappings/formats}. */
    public static final String CAMT054_SCHEMA = "camt.054.001.02.xsd";

    private final Schema schema = Iso20022Xml.schema(CAMT054_SCHEMA);
    private final JAXBContext context = Iso20022Xml.context(ObjectFactory.class);

    /**
     * Writes {@code report} as a camt.054 notification to {@code out}, which is left open.
     *
     * @throws SepaFormatException when the document would not be valid (a remittance longer than 140 characters,
     *                             for instance); nothing is written then
     */
    public void write054(AccountCredits report, OutputStream out) {
        byte[] xml = Iso20022Xml.marshal(context, schema, CAMT054_SCHEMA,
                new ObjectFactory().createDocument(Camt054Document.of(report)));
        try {
            out.write(xml);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
