package be.psygate.billing.format;

import org.apache.camel.dataformat.bindy.BindyAbstractFactory;
import org.apache.camel.dataformat.bindy.BindyFixedLengthFactory;
import org.apache.camel.dataformat.bindy.Format;
import org.apache.camel.dataformat.bindy.FormatFactory;
import org.apache.camel.dataformat.bindy.format.FormatException;
import org.apache.camel.dataformat.bindy.annotation.BindyConverter;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;
import org.apache.camel.dataformat.bindy.fixed.BindyFixedLengthDataFormat;
import org.apache.camel.dataformat.bindy.format.factories.DefaultFactoryRegistry;
import org.apache.camel.dataformat.bindy.util.ConverterUtils;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Camel Bindy, driven one record (or segment) at a time for one fixed-length model: the parts of an eFact sending or
 * answer follow one another and interleave (segments 200 and 300, then records of several types, in an order the
 * data decides), which Bindy's own file-level marshalling (one record class, an optional header and footer) cannot
 * express. A text of the model's length is bound to a new model by the factory of a
 * {@link BindyFixedLengthDataFormat}; a model is rendered zone by zone with Bindy's own formats, padding and
 * clipping, as {@link BindyFixedLengthFactory#unbind} renders it, but with the zones, their {@link Format}s and
 * their fields looked up once for the model class rather than once per record (Bindy's unbind does that lookup for
 * every record, which was most of the time of a billing run).
 *
 * <p>A model may take zones from its superclasses (two parts that share most of their zones, such as segment 300 of a
 * sending and of an answer, state them once in a common base and their own zones apart): the codec reads the zones of
 * the whole class hierarchy, in the order of their positions. Bindy reads only the zones a class declares, so such a
 * model is always bound by the codec itself; the parts built so are read from printable ASCII alone.
 *
 * <p>Thread-safe: the zones and Bindy's formats of the types the models use (text, whole numbers, dates with a
 * pattern) hold no state.
 *
 * @param <T> the Bindy model
 */
public final class FixedLengthCodec<T> {

    /** The locale Bindy formats numbers and dates in, whatever the JVM's default locale. */
    private static final String LOCALE = "en";

    /**
     * A zone of the model: its field and how Bindy writes it, read from its {@link DataField} once (an annotation's
     * values are read through a proxy, slower than a field); {@code padding}, the zone's length of its padding
     * character.
     */
    private record Zone(Field field, Format<Object> format, int pos, int length, String padding, boolean right,
                        boolean trim, boolean clip, String defaultValue) {
    }

    private final Class<T> type;
    private final String name;
    private final int length;
    private final FormatErrors errors;
    private final BindyFixedLengthFactory factory;
    private final java.lang.reflect.Constructor<T> constructor;
    private final List<Zone> zones;
    /** Whether text left after the last zone may hold something other than blanks (Bindy's option). */
    private final boolean ignoreTrailing;
    /** Whether the model declares all its zones itself, so that Bindy's own bind sees every one of them. */
    private final boolean bindySeesEveryZone;

    /**
     * @param name   what the model is called in a message ("segment 300", "record 91")
     * @param length the model's length, which its {@link FixedLengthRecord} must give
     */
    public FixedLengthCodec(Class<T> type, String name, int length, FormatErrors errors) {
        this.type = type;
        this.name = name;
        this.length = length;
        this.errors = errors;
        try {
            BindyFixedLengthDataFormat format = new BindyFixedLengthDataFormat(type);
            format.setLocale(LOCALE);
            factory = (BindyFixedLengthFactory) format.getFactory();
            constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            zones = zonesOf(type);
            ignoreTrailing = type.getAnnotation(FixedLengthRecord.class).ignoreTrailingChars();
            bindySeesEveryZone = zones.stream().allMatch(zone -> zone.field().getDeclaringClass() == type);
        } catch (Exception e) {
            throw new IllegalStateException("the Bindy model " + type.getSimpleName() + " cannot be built", e);
        }
        if (factory.recordLength() != length) {
            throw new IllegalStateException(type.getSimpleName() + " is not " + length + " characters long");
        }
    }

    /** The length of the model's text. */
    public int length() {
        return length;
    }

    /** The model as its fixed number of characters. */
    public String render(T model) {
        StringBuilder text = new StringBuilder(length);
        try {
            for (Zone zone : zones) {
                appendZone(text, zone, model);
            }
        } catch (IllegalArgumentException e) {
            throw errors.unwritable(name + " cannot be written: " + ForeignMessages.redacted(e.getMessage()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Bindy failed to render " + name, e);
        }
        if (text.length() != length) {
            throw new IllegalStateException("the Bindy model " + type.getSimpleName() + " rendered " + text.length()
                    + " characters instead of " + length);
        }
        return text.toString();
    }

    /**
     * Binds {@code text}, which must have exactly the length of the model, to a new model, as Bindy's
     * {@link BindyFixedLengthFactory#bind} binds it: each zone cut at its position, trimmed of its padding on the side
     * its alignment pads (when the zone trims), its default value when empty, then parsed by Bindy's own format, or
     * Bindy's value for an empty zone of its type; text after the last zone must be blank. The zones are those looked up once for the
     * class: Bindy's bind looks each one up again for every record, which was most of the time of a reconciliation.
     * A text with a character that Bindy would count otherwise than Java does (outside printable Latin-1: a
     * combining mark, a surrogate pair) is bound by Bindy itself, unless the model inherits zones Bindy does not see.
     */
    public T parse(String text, long line) {
        if (text.length() != length) {
            throw errors.unreadable(name + " must have " + length + " characters, got " + text.length(), line);
        }
        try {
            if (bindySeesEveryZone && !plainLatin1(text)) {
                Map<String, Object> model = factory.factory();
                factory.bind(null, text, model, (int) Math.min(line, Integer.MAX_VALUE));
                return type.cast(model.get(type.getName()));
            }
            return bind(text, (int) Math.min(line, Integer.MAX_VALUE));
        } catch (Exception e) {
            throw errors.unreadable(name + " cannot be read: " + ForeignMessages.redacted(e.getMessage()), line);
        }
    }

    private T bind(String text, int line) throws ReflectiveOperationException {
        T model = constructor.newInstance();
        int end = 0;
        for (Zone zone : zones) {
            int start = zone.pos() - 1;
            end = start + zone.length();
            String token = text.substring(start, end);
            if (zone.trim()) {
                token = zone.right() ? leftTrim(token, zone.padding().charAt(0))
                        : rightTrim(token, zone.padding().charAt(0));
            }
            if (token.isEmpty()) {
                token = zone.defaultValue();
            }
            Object value;
            if (token.isEmpty()) {
                value = BindyAbstractFactory.getDefaultValueForPrimitive(zone.field().getType(),
                        factory.isDefaultValueStringAsNull());
            } else {
                try {
                    value = zone.format().parse(token);
                } catch (FormatException e) {
                    throw new IllegalArgumentException(e.getMessage() + ", position: " + (end + 1) + ", line: " + line,
                            e);
                } catch (Exception e) {
                    throw new IllegalArgumentException("Parsing error detected for field defined at the position/offset: "
                            + (end + 1) + ", line: " + line, e);
                }
            }
            zone.field().set(model, value);
        }
        if (end < text.length() && !text.substring(end).trim().isEmpty() && !ignoreTrailing) {
            throw new IllegalArgumentException("Unexpected / unmapped characters found at the end of the fixed-length "
                    + "record at line : " + line);
        }
        return model;
    }

    /** Printable Latin-1 alone: one character, one code point, one grapheme, as Bindy counts them. */
    private static boolean plainLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c > 0x7e && c < 0xa0) || c > 0xff) {
                return false;
            }
        }
        return true;
    }

    private static String leftTrim(String token, char padding) {
        int from = 0;
        while (from < token.length() && token.charAt(from) == padding) {
            from++;
        }
        return token.substring(from);
    }

    private static String rightTrim(String token, char padding) {
        int to = token.length();
        while (to > 0 && token.charAt(to - 1) == padding) {
            to--;
        }
        return token.substring(0, to);
    }

    /** One zone as BindyFixedLengthFactory.unbind writes it: default value, format, trim, then pad or clip. */
    private static void appendZone(StringBuilder text, Zone zone, Object model) throws ReflectiveOperationException {
        Object value = zone.field().get(model);
        if (!zone.defaultValue().isEmpty() && (value == null || value instanceof String s && s.isBlank())) {
            value = zone.defaultValue();
        }
        String result = "";
        if (value != null) {
            try {
                result = zone.format().format(value);
            } catch (Exception e) {
                throw new IllegalArgumentException("Formatting error detected for the value: " + value, e);
            }
        }
        if (zone.trim()) {
            result = result.trim();
        }
        int missing = zone.length() - result.length();
        if (missing < 0) {
            if (!zone.clip()) {
                throw new IllegalArgumentException("Length for the " + zone.field().getName()
                        + " must not be larger than allowed, was: " + result.length() + ", allowed: "
                        + zone.length());
            }
            text.append(result, 0, zone.length());
        } else if (zone.right()) {
            text.append(zone.padding(), 0, missing).append(result);
        } else {
            text.append(result).append(zone.padding(), 0, missing);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Zone> zonesOf(Class<?> type) throws Exception {
        char recordPadding = type.getAnnotation(FixedLengthRecord.class).paddingChar();
        FormatFactory formats = new FormatFactory();
        formats.setFactoryRegistry(new DefaultFactoryRegistry());
        List<Field> fields = hierarchy(type).stream()
                .flatMap(model -> Arrays.stream(model.getDeclaredFields()))
                .filter(f -> f.isAnnotationPresent(DataField.class) && !Modifier.isStatic(f.getModifiers()))
                .sorted(Comparator.comparingInt(f -> f.getAnnotation(DataField.class).pos()))
                .toList();
        Zone[] zones = new Zone[fields.size()];
        for (int i = 0; i < zones.length; i++) {
            Field field = fields.get(i);
            field.setAccessible(true);
            DataField data = field.getAnnotation(DataField.class);
            if (data.length() <= 0 || !data.delimiter().isEmpty() || data.lengthPos() != 0) {
                throw new IllegalStateException(field.getName() + " is not a zone of a fixed length");
            }
            if (field.isAnnotationPresent(BindyConverter.class)) {
                throw new IllegalStateException(field.getName() + " has a converter of its own");
            }
            if (!data.align().equals("R") && !data.align().equals("L")) {
                throw new IllegalStateException(field.getName() + " is aligned neither right nor left");
            }
            Format<Object> format = (Format<Object>) formats.getFormat(
                    ConverterUtils.convert(data, field.getType(), null, LOCALE));
            char padding = data.paddingChar() == 0 ? recordPadding : data.paddingChar();
            if (data.required() || !data.method().isEmpty()
                    || (i > 0 && data.pos() < fields.get(i - 1).getAnnotation(DataField.class).pos()
                    + fields.get(i - 1).getAnnotation(DataField.class).length())) {
                throw new IllegalStateException(field.getName() + " is required, converted by a method or overlaps "
                        + "the zone before it");
            }
            zones[i] = new Zone(field, format, data.pos(), data.length(), String.valueOf(padding).repeat(data.length()), data.align().equals("R"), data.trim(),
                    data.clip(), data.defaultValue());
        }
        return List.of(zones);
    }

    /** The model's class and its superclasses below {@link Object}, whose zones make the model. */
    private static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            classes.add(c);
        }
        return classes;
    }
}
