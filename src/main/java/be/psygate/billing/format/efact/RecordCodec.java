package be.psygate.billing.format.efact;

import be.psygate.billing.format.ForeignMessages;
import be.psygate.billing.format.InvoiceFormatException;
import org.apache.camel.dataformat.bindy.BindyFixedLengthFactory;
import org.apache.camel.dataformat.bindy.fixed.BindyFixedLengthDataFormat;

import java.util.Map;

/**
 * Camel Bindy, driven one record (or segment) at a time for one model: the parts of an eFact sending follow one
 * another without separator and interleave (segments 200 and 300, the 10, then 20-50-80 per patient, the 90, a 95
 * per mutuality, the 96), which Bindy's own file-level marshalling (one record class, an optional header and
 * footer) cannot express. The factory of a {@link BindyFixedLengthDataFormat} binds a string of the model's length
 * to the model and renders the model back.
 *
 * <p>For a record that ends with a record check ({@link EfactRecord}: 10, 20, 50, 80, 90), Bindy cannot compute a
 * value over its own output, so the record is rendered with a check of 0, the check is computed over the first 348
 * characters of that draft and written in the last two, as Bindy writes that zone.
 */
final class RecordCodec<T> {

    private final Class<T> type;
    private final int length;
    private final BindyFixedLengthFactory factory;

    RecordCodec(Class<T> type, int length) {
        this.type = type;
        this.length = length;
        try {
            BindyFixedLengthDataFormat format = new BindyFixedLengthDataFormat(type);
            format.setLocale(EfactFormat.BINDY_LOCALE);
            factory = (BindyFixedLengthFactory) format.getFactory();
        } catch (Exception e) {
            throw new IllegalStateException("the Bindy model " + type.getSimpleName() + " cannot be built", e);
        }
        if (factory.recordLength() != length) {
            throw new IllegalStateException(type.getSimpleName() + " is not " + length + " characters long");
        }
    }

    /** A codec of a 350-character record. */
    static <T> RecordCodec<T> record(Class<T> type) {
        return new RecordCodec<>(type, EfactFormat.RECORD_LENGTH);
    }

    /** The model as its characters; for a record with a record check, the check computed and written. */
    String render(T model) {
        if (!(model instanceof EfactRecord record)) {
            return unbind(model);
        }
        record.setCheck(0);
        String draft = unbind(model);
        int check = RecordCheck.of(draft);
        record.setCheck(check);
        // the check zone as Bindy writes it (two digits, zero-padded), put in place of the draft's 00 rather than
        // rendering the whole record a second time, which cost half of a billing run
        return draft.substring(0, RecordCheck.COVERED) + (check < 10 ? "0" : "") + check;
    }

    /** Binds a text of the model's length (whose check, if any, was verified) to a new model. */
    T parse(String text, long line) {
        try {
            Map<String, Object> model = factory.factory();
            factory.bind(null, text, model, (int) Math.min(line, Integer.MAX_VALUE));
            return type.cast(model.get(type.getName()));
        } catch (InvoiceFormatException e) {
            throw e;
        } catch (Exception e) {
            throw new InvoiceFormatException(type.getSimpleName() + " cannot be read: "
                    + ForeignMessages.redacted(e.getMessage()), line);
        }
    }

    private String unbind(T model) {
        String text;
        try {
            text = factory.unbind(null, Map.of(type.getName(), model));
        } catch (IllegalArgumentException e) {
            throw new InvoiceFormatException(type.getSimpleName() + " cannot be written: "
                    + ForeignMessages.redacted(e.getMessage()));
        } catch (Exception e) {
            throw new IllegalStateException("Bindy failed to render " + type.getSimpleName(), e);
        }
        if (text.length() != length) {
            throw new IllegalStateException("the Bindy model " + type.getSimpleName() + " rendered "
                    + text.length() + " characters instead of " + length);
        }
        return text;
    }
}
