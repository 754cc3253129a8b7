package be.psygate.billing.format;

/**
 * A format by its name and the extension of its files: the name itself for {@code xml} and {@code csv}, {@code txt}
 * for {@code efact}.
 *
 * @param <M> the model a file holds
 */
public abstract class NamedFormat<M> implements FileFormat<M> {

    private final String name;
    private final String fileExtension;

    /** A format whose files carry its name as their extension. */
    protected NamedFormat(String name) {
        this(name, name);
    }

    protected NamedFormat(String name, String fileExtension) {
        this.name = name;
        this.fileExtension = fileExtension;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String fileExtension() {
        return fileExtension;
    }
}
