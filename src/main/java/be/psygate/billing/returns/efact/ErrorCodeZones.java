package be.psygate.billing.returns.efact;

import be.psygate.billing.format.efact.ErrorCodeOf;
import org.apache.camel.dataformat.bindy.annotation.DataField;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The error code zones of a part of an answer ({@link ErrorCodeOf}), its own and those it inherits, in the order of
 * their positions, looked up once for each class.
 */
final class ErrorCodeZones {

    /** An error code zone: the zone it follows, as a message names it, and its field. */
    private record Zone(String after, Field field) {
    }

    private static final ClassValue<List<Zone>> ZONES = new ClassValue<>() {
        @Override
        protected List<Zone> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(ErrorCodeOf.class)) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            fields.sort(Comparator.comparingInt(field -> field.getAnnotation(DataField.class).pos()));
            return fields.stream().map(field -> new Zone(field.getAnnotation(ErrorCodeOf.class).value(), field))
                    .toList();
        }
    };

    private ErrorCodeZones() {
    }

    /** The error code after each zone of {@code part}, by the name of the zone, in the order of the layout. */
    static Map<String, Integer> of(Object part) {
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (Zone zone : ZONES.get(part.getClass())) {
            try {
                codes.put(zone.after(), zone.field().getInt(part));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return codes;
    }
}
