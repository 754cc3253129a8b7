package be.psygate.billing.format;

/**
 * A format whose files carry its name as their extension ({@code xml}, {@code csv}).
 *
 * @param <M> the model a file holds
 */
public abstract class ExtensionNamedFormat<M> implements FileFormat<M> {

    private final String name;

    protected ExtensionNamedFormat(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String fileExtension() {
        return name;
    }
}
