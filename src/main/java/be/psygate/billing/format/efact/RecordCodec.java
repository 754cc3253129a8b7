package be.psygate.billing.format.efact;

import be.psygate.billing.format.FixedLengthCodec;
import be.psygate.billing.format.FormatErrors;
import be.psygate.billing.format.InvoiceFormatException;

/**
 * A part of an eFact sending through Bindy ({@link FixedLengthCodec}), with what the sending adds to the records
 * that end with a record check ({@link EfactRecord}: 10, 20, 50, 80, 90): their check. Bindy cannot compute a value
 * over its own output, so such a record is rendered with a check of 0, the check is computed over the first 348
 * characters of that draft and written in the last two, as Bindy writes that zone.
 */
final class RecordCodec<T> {

    private static final FormatErrors ERRORS = FormatErrors.of(InvoiceFormatException::new,
            InvoiceFormatException::new);

    private final FixedLengthCodec<T> codec;

    RecordCodec(Class<T> type, int length) {
        codec = new FixedLengthCodec<>(type, type.getSimpleName(), length, ERRORS);
    }

    /** A codec of a 350-character record. */
    static <T> RecordCodec<T> record(Class<T> type) {
        return new RecordCodec<>(type, EfactFormat.RECORD_LENGTH);
    }

    /** The model as its characters; for a record with a record check, the check computed and written. */
    String render(T model) {
        if (!(model instanceof EfactRecord record)) {
            return codec.render(model);
        }
        record.check = 0;
        String draft = codec.render(model);
        int value = RecordCheck.of(draft);
        record.check = value;
        // the check zone as Bindy writes it (two digits, zero-padded), put in place of the draft's 00 rather than
        // rendering the whole record a second time
        return draft.substring(0, RecordCheck.COVERED) + (value < 10 ? "0" : "") + value;
    }

    /** Binds a text of the model's length (whose check, if any, was verified) to a new model. */
    T parse(String text, long line) {
        return codec.parse(text, line);
    }
}
