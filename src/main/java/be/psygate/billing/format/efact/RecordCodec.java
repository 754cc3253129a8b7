package be.psygate.billing.format.efact;

import be.psygate.billing.format.ForeignMessages;
import be.psygate.billing.format.InvoiceFormatException;
import org.apache.camel.dataformat.bindy.BindyFixedLengthFactory;
import org.apache.camel.dataformat.bindy.fixed.BindyFixedLengthDataFormat;

import java.util.Map;

/**
 * Camel Bindy, driven one record at a time for one record type: the record types of an eFact file interleave
 * (10, then 20-50-80 per patient, 90-95 per mutuality, 96), which Bindy's own file-level marshalling (one record
 * class, an optional header and footer) cannot express. The factory of a {@link BindyFixedLengthDataFormat} binds a
 * 350-character string to the model and renders the model back.
 *
 * <p>Bindy cannot compute a value over its own output, so the record is rendered with a check of 0, the check is
 * computed over the first 348 characters of that draft and written in the last two, as Bindy writes that zone (the
 * format's tests read every record back through Bindy, check included).
 */
final class RecordCodec<T extends EfactRecord> {

    private final Class<T> type;
    private final BindyFixedLengthFactory factory;

    RecordCodec(Class<T> type) {
        this.type = type;
        try {
            BindyFixedLengthDataFormat format = new BindyFixedLengthDataFormat(type);
            format.setLocale(EfactFormat.BINDY_LOCALE);
            factory = (BindyFixedLengthFactory) format.getFactory();
        } catch (Exception e) {
            throw new IllegalStateException("the Bindy model " + type.getSimpleName() + " cannot be built", e);
        }
        if (factory.recordLength() != EfactFormat.RECORD_LENGTH) {
            throw new IllegalStateException(type.getSimpleName() + " is not a record of "
                    + EfactFormat.RECORD_LENGTH + " characters");
        }
    }

    /** The record as 350 characters, its check computed and written. */
    String render(T record) {
        record.setCheck(0);
        String draft = unbind(record);
        int check = RecordCheck.of(draft);
        record.setCheck(check);
        // the check zone as Bindy writes it (two digits, zero-padded), put in place of the draft's 00 rather than
        // rendering the whole record a second time, which cost half of a billing run
        return draft.substring(0, RecordCheck.COVERED) + (check < 10 ? "0" : "") + check;
    }

    /** Binds a 350-character record (whose check was verified) to a new model. */
    T parse(String text, long line) {
        try {
            Map<String, Object> model = factory.factory();
            factory.bind(null, text, model, (int) Math.min(line, Integer.MAX_VALUE));
            return type.cast(model.get(type.getName()));
        } catch (InvoiceFormatException e) {
            throw e;
        } catch (Exception e) {
            throw new InvoiceFormatException("record type " + text.substring(0, 2) + " cannot be read: "
                    + ForeignMessages.redacted(e.getMessage()), line);
        }
    }

    private String unbind(T record) {
        String text;
        try {
            text = factory.unbind(null, Map.of(type.getName(), record));
        } catch (IllegalArgumentException e) {
            throw new InvoiceFormatException("a record " + record.recordType() + " cannot be written: "
                    + ForeignMessages.redacted(e.getMessage()));
        } catch (Exception e) {
            throw new IllegalStateException("Bindy failed to render a record " + record.recordType(), e);
        }
        if (text.length() != EfactFormat.RECORD_LENGTH) {
            throw new IllegalStateException("the Bindy model " + type.getSimpleName() + " rendered "
                    + text.length() + " characters instead of " + EfactFormat.RECORD_LENGTH);
        }
        return text;
    }
}
