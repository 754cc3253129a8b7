package be.psygate.billing.format;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a codec shared by the invoice formats and the insurers' answer formats throws when a document cannot be
 * written or read: each side its own exception ({@link InvoiceFormatException}, the answers' ReturnFormatException).
 */
public interface FormatErrors {

    /** The exception for a document that cannot be written, {@code message} saying why. */
    RuntimeException unwritable(String message);

    /** The exception for a text that cannot be read, at {@code line} (a record or line number; 0 for none). */
    RuntimeException unreadable(String message, long line);

    /** The errors made by two constructors, e.g. {@code FormatErrors.of(X::new, X::new)}. */
    static FormatErrors of(Function<String, RuntimeException> unwritable,
                           BiFunction<String, Long, RuntimeException> unreadable) {
        return new FormatErrors() {
            @Override
            public RuntimeException unwritable(String message) {
                return unwritable.apply(message);
            }

            @Override
            public RuntimeException unreadable(String message, long line) {
                return unreadable.apply(message, line);
            }
        };
    }
}
