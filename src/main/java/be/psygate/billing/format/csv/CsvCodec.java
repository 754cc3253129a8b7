package be.psygate.billing.format.csv;

import be.psygate.billing.format.ForeignMessages;
import be.psygate.billing.format.InvoiceFormatException;
import org.apache.camel.dataformat.bindy.BindyCsvFactory;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.csv.BindyCsvDataFormat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Camel Bindy, driven one CSV line at a time for one record model: the factory of a {@link BindyCsvDataFormat}
 * renders a model as a line and binds the fields of a line (split by the caller) to a new model. Public because the
 * insurers' answers ({@code be.psygate.billing.returns}) are CSV files of the same kind.
 *
 * @param <T> the Bindy model of the line
 */
public final class CsvCodec<T> {

    private final Class<T> type;
    private final BindyCsvFactory factory;
    private final List<String> columnNames;
    private final List<Boolean> amounts;

    /** The codec of a Bindy CSV model. */
    public CsvCodec(Class<T> type) {
        this.type = type;
        BindyCsvDataFormat format = new BindyCsvDataFormat(type);
        format.setDefaultValueStringAsNull(true);
        // numbers with a dot and Latin digits whatever the JVM's default locale (Bindy uses it when none is set)
        format.setLocale("en");
        try {
            factory = (BindyCsvFactory) format.getFactory();
        } catch (Exception e) {
            throw new IllegalStateException("the Bindy model " + type.getSimpleName() + " cannot be built", e);
        }
        List<Field> columns = Arrays.stream(type.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(DataField.class))
                .sorted(Comparator.comparingInt((Field f) -> f.getAnnotation(DataField.class).pos()))
                .toList();
        columnNames = columns.stream().map(f -> f.getAnnotation(DataField.class).columnName()).toList();
        amounts = columns.stream().map(f -> f.getType() == BigDecimal.class).toList();
    }

    /** The column names, separated as the lines are. */
    public String header() {
        return factory.generateHeader();
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** Whether column {@code index} (from 0) holds an amount: its field is a {@link BigDecimal}. */
    public boolean isAmount(int index) {
        return amounts.get(index);
    }

    /** The number of columns. */
    public int columns() {
        return columnNames.size();
    }

    /** The model as one line, without its line end. */
    public String render(T record) {
        try {
            return factory.unbind(null, Map.of(type.getName(), record));
        } catch (Exception e) {
            throw new IllegalStateException("Bindy failed to render a " + type.getSimpleName(), e);
        }
    }

    /**
     * Binds the fields of one line to a new model.
     *
     * @throws InvoiceFormatException (at {@code line}) when a field cannot be bound
     */
    public T parse(List<String> fields, long line) {
        try {
            Map<String, Object> model = factory.factory();
            factory.bind(null, fields, model, (int) Math.min(line, Integer.MAX_VALUE));
            return type.cast(model.get(type.getName()));
        } catch (Exception e) {
            throw new InvoiceFormatException("the line cannot be read: " + ForeignMessages.redacted(e.getMessage()),
                    line);
        }
    }
}
