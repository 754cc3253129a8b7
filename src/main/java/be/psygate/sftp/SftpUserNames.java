package be.psygate.sftp;

import java.util.regex.Pattern;

/**
 * The rule for SFTP user names: 1 to 32 characters among lower-case letters, digits, {@code .}, {@code _}
 * and {@code -}, the first one a letter or a digit. A valid name is a plain folder name: it cannot contain a
 * separator, cannot be {@code .} or {@code ..}, and so cannot lead out of the folder it names.
 */
public final class SftpUserNames {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

    private SftpUserNames() {
    }

    /** Whether {@code user} follows the rule; {@code null} does not. */
    public static boolean isValid(String user) {
        return user != null && VALID.matcher(user).matches();
    }

    /**
     * @return {@code user} when it follows the rule
     * @throws IllegalArgumentException otherwise
     */
    public static String requireValid(String user) {
        if (!isValid(user)) {
            throw new IllegalArgumentException("Invalid SFTP user name (expected " + VALID.pattern() + "): "
                    + printable(user));
        }
        return user;
    }

    /** The name cut short and stripped of control characters, fit for a log line or a message. */
    static String printable(String user) {
        if (user == null) {
            return "null";
        }
        String cut = user.length() > 40 ? user.substring(0, 40) + "..." : user;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
