package be.psygate.identity;

/**
 * The null checks of a record's compact constructor in one line:
 * {@code Required.nonNull("name, inami, bce", name, inami, bce)} throws, for the first value that is missing, the
 * {@link NullPointerException} that {@code Objects.requireNonNull(value, "its name")} would.
 */
public final class Required {

    private Required() {
    }

    /**
     * @param names  the components' names, in the order of {@code values}, separated by {@code ", "}
     * @param values the components' values
     * @throws NullPointerException whose message is the name of the first value that is null
     */
    public static void nonNull(String names, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException(nameAt(names, i, values.length));
            }
        }
    }

    private static String nameAt(String names, int index, int count) {
        String[] each = names.split(", ");
        if (each.length != count) {
            throw new IllegalArgumentException(count + " values checked under " + each.length + " names: " + names);
        }
        return each[index];
    }
}
