package be.psygate.billing.format;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a codec shared by the invoice formats and the insurers' answer formats throws when a document cannot be
 * written or read: each side its own exception ({@link InvoiceFormatException}, the answers' ReturnFormatException).
 */
public interface FormatErrors {

    /** The exception for a document that cannot be written, {@code message} saying why. */
    RuntimeException unwritable(String message);

    /** The exception for a text that cannot be read, at {@code line} (a record or line number; 0 for none). */
    RuntimeException unreadable(String message, long line);

    /** The same, caused by {@code cause}: by default the exception of {@link #unreadable(String, long)}, without it. */
    default RuntimeException unreadable(String message, long line, Throwable cause) {
        return unreadable(message, line);
    }

    /**
     * What {@code build} makes of the values read at {@code line}; a value its type refuses (an
     * IllegalArgumentException) or a value missing (a NullPointerException) is refused as {@code what} not valid.
     */
    default <T> T valid(long line, String what, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw unreadable(what + " is not valid: " + e.getMessage(), line, e);
        } catch (NullPointerException e) {
            throw unreadable(what + " is not valid: " + e.getMessage() + " is missing", line, e);
        }
    }

    /** The errors made by two constructors, e.g. {@code FormatErrors.of(X::new, X::new)}. */
    static FormatErrors of(Function<String, RuntimeException> unwritable,
                           BiFunction<String, Long, RuntimeException> unreadable) {
        return withCauses(unwritable, (message, line, cause) -> unreadable.apply(message, line));
    }

    /** An exception's constructor from a message, a line and a cause, e.g. {@code X::new}. */
    interface CausedBy {
        RuntimeException of(String message, long line, Throwable cause);
    }

    /** The errors made by two constructors, the second keeping the cause of a refusal, e.g. {@code X::new}. */
    static FormatErrors withCauses(Function<String, RuntimeException> unwritable, CausedBy unreadable) {
        return new FormatErrors() {
            @Override
            public RuntimeException unwritable(String message) {
                return unwritable.apply(message);
            }

            @Override
            public RuntimeException unreadable(String message, long line) {
                return unreadable.of(message, line, null);
            }

            @Override
            public RuntimeException unreadable(String message, long line, Throwable cause) {
                return unreadable.of(message, line, cause);
            }
        };
    }
}
