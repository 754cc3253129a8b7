package be.psygate.billing.returns.efact;

import be.psygate.billing.format.ForeignMessages;
import be.psygate.billing.returns.ReturnFormatException;
import org.apache.camel.dataformat.bindy.BindyFixedLengthFactory;
import org.apache.camel.dataformat.bindy.fixed.BindyFixedLengthDataFormat;

import java.util.Map;

/**
 * Camel Bindy, driven one part of an answer at a time for one model of a given length: segment 200 (67 characters),
 * segment 300 (160), the receipt line (8), the error detail (450) and record 91 (350) interleave in one answer,
 * which Bindy's own file-level marshalling cannot express. The factory of a {@link BindyFixedLengthDataFormat} binds
 * the text to the model and renders the model back.
 *
 * @param <T> the Bindy model
 */
final class FixedLengthCodec<T> {

    /** The locale Bindy formats numbers and dates in, whatever the JVM's default locale. */
    private static final String LOCALE = "en";

    private final Class<T> type;
    private final String name;
    private final int length;
    private final BindyFixedLengthFactory factory;

    FixedLengthCodec(Class<T> type, String name, int length) {
        this.type = type;
        this.name = name;
        this.length = length;
        try {
            BindyFixedLengthDataFormat format = new BindyFixedLengthDataFormat(type);
            format.setLocale(LOCALE);
            factory = (BindyFixedLengthFactory) format.getFactory();
        } catch (Exception e) {
            throw new IllegalStateException("the Bindy model " + type.getSimpleName() + " cannot be built", e);
        }
        if (factory.recordLength() != length) {
            throw new IllegalStateException(type.getSimpleName() + " is not " + length + " characters long");
        }
    }

    /** The model as its fixed number of characters. */
    String render(T model) {
        String text;
        try {
            text = factory.unbind(null, Map.of(type.getName(), model));
        } catch (IllegalArgumentException e) {
            throw new ReturnFormatException(name + " cannot be written: " + ForeignMessages.redacted(e.getMessage()));
        } catch (Exception e) {
            throw new IllegalStateException("Bindy failed to render " + name, e);
        }
        if (text.length() != length) {
            throw new IllegalStateException("the Bindy model " + type.getSimpleName() + " rendered " + text.length()
                    + " characters instead of " + length);
        }
        return text;
    }

    /** Binds {@code text}, which must have exactly the length of the model, to a new model. */
    T parse(String text, long line) {
        if (text.length() != length) {
            throw new ReturnFormatException(name + " must have " + length + " characters, got " + text.length(),
                    line);
        }
        try {
            Map<String, Object> model = factory.factory();
            factory.bind(null, text, model, (int) Math.min(line, Integer.MAX_VALUE));
            return type.cast(model.get(type.getName()));
        } catch (Exception e) {
            throw new ReturnFormatException(name + " cannot be read: " + ForeignMessages.redacted(e.getMessage()),
                    line);
        }
    }
}
