package be.psygate.billing.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assertj.core.api.AbstractThrowableAssert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The files of a format (invoice or answer) in memory, for the format tests: what it writes, as bytes or UTF-8 text,
 * what it reads of a text, and a document that tries to read a local file through an external entity.
 */
public final class FormatFiles {

    /** What the local file behind a hostile entity holds: no message may ever quote it. */
    public static final String SECRET = "TOP-SECRET-CONTENT";

    private FormatFiles() {
    }

    /** What {@code format} writes of {@code model}. */
    public static <M> byte[] bytes(FileFormat<M> format, M model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(model, out);
        return out.toByteArray();
    }

    /** What {@code format} writes of {@code model}, as UTF-8 text. */
    public static <M> String write(FileFormat<M> format, M model) {
        return new String(bytes(format, model), StandardCharsets.UTF_8);
    }

    /**
     * Asserts that {@code format} refuses to write {@code model} and leaves nothing in the stream; what it throws,
     * to assert on.
     */
    public static <M> AbstractThrowableAssert<?, ? extends Throwable> assertThatWritingIsRefused(FileFormat<M> format,
                                                                                                 M model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Throwable thrown = catchThrowable(() -> format.write(model, out));

        assertThat(out.size()).as("bytes written").isZero();
        return assertThat(thrown);
    }

    /** What {@code format} reads of {@code text}, written in UTF-8. */
    public static <M> M read(FileFormat<M> format, String text) {
        return format.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * {@code document} (with its standalone XML declaration) turned hostile: a DOCTYPE of {@code root} declares an
     * external entity on a local file of {@code dir} that holds {@link #SECRET}, and the element text {@code text}
     * is replaced by a reference to it.
     */
    public static String withExternalEntity(String document, String root, Path dir, String text) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        String hostile = document
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \""
                                + secret.toUri() + "\">]>")
                .replace(">" + text + "<", ">&xxe;<");

        assertThat(hostile).contains("<!DOCTYPE").contains("&xxe;");
        return hostile;
    }
}
