package be.psygate.rules;

import be.psygate.tariff.Care;
import be.psygate.tariff.ServiceKind;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The unmodifiable sets of care levels and of kinds a ceiling or a quota key holds, one shared instance per subset:
 * each enum has three values, so there are eight of each, built once. A ceiling and a quota key are made for every
 * session the quota engine counts; a copy of their sets each time was most of what that cost.
 */
public final class CountedKinds {

    private static final Set<Care>[] CARES = subsets(Care.class, Care.values().length);
    private static final Set<ServiceKind>[] KINDS = subsets(ServiceKind.class, ServiceKind.values().length);

    private CountedKinds() {
    }

    /** The unmodifiable set of these care levels; throws as {@link EnumSet#copyOf(Collection)} on a null one. */
    public static Set<Care> cares(Collection<Care> cares) {
        return CARES[mask(cares)];
    }

    /** The unmodifiable set of these kinds; throws as {@link EnumSet#copyOf(Collection)} on a null one. */
    public static Set<ServiceKind> kinds(Collection<ServiceKind> kinds) {
        return KINDS[mask(kinds)];
    }

    private static int mask(Collection<? extends Enum<?>> values) {
        int mask = 0;
        for (Enum<?> value : values) {
            mask |= 1 << Objects.requireNonNull(value, "a null element").ordinal();
        }
        return mask;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Set<E>[] subsets(Class<E> type, int size) {
        E[] values = type.getEnumConstants();
        Set<E>[] sets = new Set[1 << size];
        for (int mask = 0; mask < sets.length; mask++) {
            EnumSet<E> set = EnumSet.noneOf(type);
            for (int i = 0; i < size; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(values[i]);
                }
            }
            sets[mask] = Set.copyOf(set);
        }
        return sets;
    }
}
