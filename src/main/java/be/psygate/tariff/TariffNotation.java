package be.psygate.tariff;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** How the tariff file writes the constants of an enum ({@link Care}, {@link ServiceKind}), each its own way. */
final class TariffNotation {

    private TariffNotation() {
    }

    /**
     * The constant of {@code values} that {@code notation} writes as {@code text}.
     *
     * @throws IllegalArgumentException naming the {@code field} and every notation it takes
     */
    static <E extends Enum<E>> E read(E[] values, Function<E, String> notation, String field, String text) {
        for (E value : values) {
            if (text.equals(notation.apply(value))) {
                return value;
            }
        }
        List<String> all = Arrays.stream(values).map(notation).toList();
        throw new IllegalArgumentException(field + " must be " + String.join(", ", all.subList(0, all.size() - 1))
                + " or " + all.get(all.size() - 1) + ", got: " + text);
    }
}
