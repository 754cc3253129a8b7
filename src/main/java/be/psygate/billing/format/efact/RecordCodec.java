package be.psygate.billing.format.efact;

import be.psygate.billing.format.FixedLengthCodec;
import be.psygate.billing.format.FormatErrors;
import be.psygate.billing.format.InvoiceFormatException;

import java.lang.reflect.Field;

/**
 * A part of an eFact sending through Bindy ({@link FixedLengthCodec}), with what the sending adds to the records
 * that end with a record check ({@link EfactRecord}: 10, 20, 50, 80, 90): their sequence number (zone 2) and their
 * check. Bindy cannot compute a value over its own output, so such a record is rendered with a check of 0, the check
 * is computed over the first 348 characters of that draft and written in the last two, as Bindy writes that zone.
 */
final class RecordCodec<T> {

    private static final FormatErrors ERRORS = FormatErrors.of(InvoiceFormatException::new,
            InvoiceFormatException::new);

    private final FixedLengthCodec<T> codec;
    /** For a record with a record check, its sequence number's and its check's fields; null otherwise. */
    private final Field sequence;
    private final Field check;

    RecordCodec(Class<T> type, int length) {
        codec = new FixedLengthCodec<>(type, type.getSimpleName(), length, ERRORS);
        if (EfactRecord.class.isAssignableFrom(type)) {
            sequence = intField(type, EfactRecord.SEQUENCE);
            check = intField(type, EfactRecord.CHECK);
        } else {
            sequence = null;
            check = null;
        }
    }

    /** A codec of a 350-character record. */
    static <T> RecordCodec<T> record(Class<T> type) {
        return new RecordCodec<>(type, EfactFormat.RECORD_LENGTH);
    }

    /** The model as its characters; for a record with a record check, the check computed and written. */
    String render(T model) {
        if (check == null) {
            return codec.render(model);
        }
        set(check, model, 0);
        String draft = codec.render(model);
        int value = RecordCheck.of(draft);
        set(check, model, value);
        // the check zone as Bindy writes it (two digits, zero-padded), put in place of the draft's 00 rather than
        // rendering the whole record a second time
        return draft.substring(0, RecordCheck.COVERED) + (value < 10 ? "0" : "") + value;
    }

    /** Binds a text of the model's length (whose check, if any, was verified) to a new model. */
    T parse(String text, long line) {
        return codec.parse(text, line);
    }

    /** The sequence number a record with a record check carries. */
    int sequence(T model) {
        try {
            return sequence.getInt(model);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Numbers a record with a record check: its sequence number in the sending. */
    void number(T model, int sequenceNumber) {
        set(sequence, model, sequenceNumber);
    }

    private static void set(Field field, Object model, int value) {
        try {
            field.setInt(model, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field intField(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            if (field.getType() != int.class) {
                throw new IllegalStateException(type.getSimpleName() + "." + name + " is not an int");
            }
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no zone " + name, e);
        }
    }
}
