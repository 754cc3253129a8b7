package be.psygate.billing.returns.efact;

import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.billing.format.NamedFormat;
import be.psygate.billing.format.efact.AsciiFile;
import be.psygate.billing.format.efact.EfactFormat;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.ReturnFormat;
import be.psygate.billing.returns.ReturnFormatException;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The {@code efact} answer, as the public eFact layout lays out the answers: ASCII parts one after the other with no
 * line separator. Segment 200 (67 characters: message type, test or production, status, the batch answered, the
 * insurer's reference) and segment 300 (160: the sending answered, the day of the answer, the refusal type, the
 * insurer), each zone followed by a 2-digit error code, always {@code 00} here; a receipt (931000) then names the
 * message acknowledged; each session listed is a part of 800 characters, its record 50 as the invoice
 * carried it, re-rendered from what the answer knows of the session ({@link EfactFormat#renderEcho}), followed by
 * 450 characters of error detail (the rejection code, the amount accepted, the insurer's text); a settlement
 * (920900) ends with one record 91 per mutuality (amounts requested, accepted and refused, payment reference),
 * closed by the record check of every eFact record and padded with spaces to 800 characters.
 *
 * <p>The status of segment 200 says why a message is negative: the file refusal code of a 920999, the refusal type
 * of a 920099, {@code 00} otherwise. Texts must be printable ASCII. Zone by zone:
 * {@code mappings/formats/efact-answers.md}.
 */
public final class EfactReturnFormat extends NamedFormat<InsurerReturn> implements ReturnFormat {

    /** The name of the format: the invoices', whose answers it carries. */
    public static final String NAME = EfactFormat.NAME;
    /** The length of the line of a session: its echoed record 50 and its error detail. */
    public static final int SESSION_LINE_LENGTH = EfactFormat.RECORD_LENGTH + ErrorDetail.LENGTH;

    static final String NO_STATUS = "00";
    static final int MAX_SESSIONS = 999_999;

    private final EfactAnswerCodecs codecs = new EfactAnswerCodecs();

    public EfactReturnFormat() {
        super(NAME, EfactFormat.FILE_EXTENSION);
    }

    @Override
    public void write(InsurerReturn answer, OutputStream out) {
        try {
            AsciiFile.write(out, writer -> new EfactAnswerWriter(codecs, answer, writer).write());
        } catch (InvoiceFormatException e) {
            throw ReturnFormatException.of(e);
        }
    }

    @Override
    public InsurerReturn read(InputStream in) {
        try {
            return AsciiFile.read(() -> new EfactAnswerReader(codecs, in).read());
        } catch (InvoiceFormatException e) {
            throw ReturnFormatException.of(e);
        }
    }

    /** The status of segment 200: the file refusal code, the refusal type, or {@value #NO_STATUS}. */
    static String statusOf(InsurerReturn answer) {
        return switch (answer.kind()) {
            case FILE_REFUSED -> answer.fileRefusalCode();
            case REJECTED -> answer.refusalType().code();
            default -> NO_STATUS;
        };
    }

    /** Whether every character is printable ASCII (a space to {@code ~}), as every efact zone must be. */
    static boolean isPrintableAscii(String text) {
        return text.chars().allMatch(c -> c >= ' ' && c <= '~');
    }
}
