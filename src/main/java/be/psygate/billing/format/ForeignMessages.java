package be.psygate.billing.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the message of an exception thrown by a library (a parser, a validator, Bindy) fit to be repeated in an
 * {@link InvoiceFormatException}: such messages may quote the offending value, which may be a national number. A
 * quoted value with six digits or more, and any run of nine digits or more, is replaced by {@code ...}. The
 * library's exception is then not attached as the cause, since its own message (printed with a stack trace) is
 * not redacted.
 */
public final class ForeignMessages {

    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern SIX_DIGITS = Pattern.compile("(?:[^0-9]*[0-9]){6}");
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9]{9,}");

    private ForeignMessages() {
    }

    /** The message without the values that could identify a patient; {@code "(no message)"} for none. */
    public static String redacted(String message) {
        if (message == null) {
            return "(no message)";
        }
        Matcher quoted = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            String value = quoted.group();
            String replacement = SIX_DIGITS.matcher(value).lookingAt() ? value.charAt(0) + "..." + value.charAt(0)
                    : value;
            quoted.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        quoted.appendTail(out);
        return LONG_NUMBER.matcher(out).replaceAll("...");
    }
}
