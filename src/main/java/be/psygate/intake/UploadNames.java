package be.psygate.intake;

import be.psygate.identity.SafeText;

import java.nio.charset.StandardCharsets;

/**
 * What the intake makes of an upload's name, which a practice chose: whether it is a name the gateway can take and
 * answer, how it is shown to operators, and the local name of its original. A name is never a local path.
 */
final class UploadNames {

    /** The longest name taken, in bytes of UTF-8 (200 characters without accents). */
    static final int MAX_NAME_BYTES = 200;

    private UploadNames() {
    }

    /**
     * Whether a name can be taken and answered: at most {@value #MAX_NAME_BYTES} bytes of UTF-8 (its answer and
     * archive names add to it, and a file system holds 255 bytes), and no backslash or control character (which a file
     * system, a terminal or a log would read as something else than a name): what the embedded SFTP server refuses
     * at upload.
     */
    static boolean answerable(String name) {
        return fits(name) && !hasUnsafeCharacter(name);
    }

    static boolean fits(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES;
    }

    static boolean hasUnsafeCharacter(String name) {
        return name.codePoints().anyMatch(UploadNames::unsafe);
    }

    /** The name as an operator may see it: national numbers masked, unsafe characters shown as {@code ?}. */
    static String shown(String name) {
        return SafeText.of(name);
    }

    /** A local file name made from a name: separators, controls, invisible formatting and leading dots replaced. */
    static String local(String name) {
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(c -> b.appendCodePoint(unsafe(c) || SafeText.isUnsafe(c) || c == '/' || c == ':'
                ? '_' : c));
        String s = b.toString();
        while (s.startsWith(".")) {
            s = "_" + s.substring(1);
        }
        return s.isEmpty() ? "_" : s;
    }

    /** What the embedded SFTP server refuses in a name too: a backslash, a C0 or C1 control character. */
    private static boolean unsafe(int c) {
        return c == '\\' || Character.isISOControl(c);
    }
}
