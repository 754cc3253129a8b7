package be.psygate.intake.format;

import be.psygate.rules.DeclaredSession;
import org.apache.camel.dataformat.bindy.BindyAbstractFactory;
import org.apache.camel.dataformat.bindy.Format;
import org.apache.camel.dataformat.bindy.FormatFactory;
import org.apache.camel.dataformat.bindy.annotation.BindyConverter;
import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.format.factories.DefaultFactoryRegistry;
import org.apache.camel.dataformat.bindy.util.ConverterUtils;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Maps a line with the Camel Bindy model of the list ({@link SessionListCsvRecord}), driven one line at a time: the
 * reader splits the line, and each field is bound to the model's column at its position with Bindy's own format for
 * the column's type, as Bindy's CSV factory binds it (an empty field is Bindy's empty value: null, the list's
 * model being read with {@code defaultValueStringAsNull}). The columns, their fields and their formats are looked
 * up once for the model class: Bindy's factory looks them up again, through its annotations, for every field of
 * every line, which was half of the time of reading and judging a list. Bindy's own unmarshalling is not used either:
 * it collects the whole file into a list before returning it.
 *
 * <p>Thread-safe: the columns are read once, and Bindy's text format holds no state.
 */
final class BindySessionLineBinder implements SessionLineBinder {

    /** The locale Bindy's formats would use, whatever the JVM's default locale (text columns ignore it). */
    private static final String LOCALE = "en";

    /** A column of the model: its field, with Bindy's format for its type and its annotation's values read once. */
    private record Column(Field field, Format<?> format, boolean trim, String defaultValue) {
    }

    private static final List<Column> COLUMNS = columnsOf(SessionListCsvRecord.class);

    @Override
    public DeclaredSession bind(long lineNumber, List<String> fields) {
        if (fields.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("line " + lineNumber + " has " + fields.size() + " fields, the model "
                    + COLUMNS.size());
        }
        SessionListCsvRecord record = new SessionListCsvRecord();
        try {
            for (int i = 0; i < COLUMNS.size(); i++) {
                Column column = COLUMNS.get(i);
                String data = column.trim() ? fields.get(i).trim() : fields.get(i);
                Object value;
                if (!data.isEmpty()) {
                    value = column.format().parse(data);
                } else if (!column.defaultValue().isEmpty()) {
                    value = column.format().parse(column.defaultValue());
                } else {
                    value = BindyAbstractFactory.getDefaultValueForPrimitive(column.field().getType(), true);
                }
                column.field().set(record, value);
            }
        } catch (Exception e) {
            // every column is optional text: Bindy has nothing to refuse in a line of the right shape
            throw new IllegalStateException("Bindy could not bind line " + lineNumber, e);
        }
        return record.toDeclaredSession(lineNumber);
    }

    /**
     * The model's columns in the order of their positions, which must be 1 to n without a gap (a CSV line's fields
     * in order); a column bound otherwise than by its format (required, converted by a method or a converter of its
     * own, quoted) is refused, since the binder would not bind it as Bindy does.
     */
    private static List<Column> columnsOf(Class<?> model) {
        CsvRecord record = model.getAnnotation(CsvRecord.class);
        if (record == null || record.quoting() || record.skipField()) {
            throw new IllegalStateException(model.getSimpleName() + " is not an unquoted Bindy CSV model");
        }
        List<Field> fields = Arrays.stream(model.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(DataField.class) && !Modifier.isStatic(f.getModifiers()))
                .sorted(Comparator.comparingInt(f -> f.getAnnotation(DataField.class).pos()))
                .toList();
        FormatFactory formats = new FormatFactory();
        formats.setFactoryRegistry(new DefaultFactoryRegistry());
        Column[] columns = new Column[fields.size()];
        for (int i = 0; i < columns.length; i++) {
            Field field = fields.get(i);
            DataField data = field.getAnnotation(DataField.class);
            if (data.pos() != i + 1 || data.required() || !data.method().isEmpty()
                    || field.isAnnotationPresent(BindyConverter.class) || field.getType() != String.class) {
                throw new IllegalStateException(field.getName() + " is not the optional text column " + (i + 1));
            }
            field.setAccessible(true);
            Format<?> format;
            try {
                format = formats.getFormat(ConverterUtils.convert(data, field.getType(), null, LOCALE));
            } catch (Exception e) {
                throw new IllegalStateException("Bindy has no format for " + field.getName(), e);
            }
            columns[i] = new Column(field, format, data.trim(), data.defaultValue());
        }
        return List.of(columns);
    }
}
