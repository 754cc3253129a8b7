package be.psygate.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long each kind of data is kept: an item is due to go once its period has passed since its start, unless
 * something still needs it. A kind without a period is kept for ever.
 */
public final class RetentionPolicy {

    private final Map<DataKind, Duration> periods;

    public RetentionPolicy(Map<DataKind, Duration> periods) {
        this.periods = new EnumMap<>(DataKind.class);
        periods.forEach((kind, period) -> {
            if (period != null) {
                if (period.isNegative() || period.isZero()) {
                    throw new IllegalArgumentException("the retention period of " + kind + " must be positive: "
                            + period);
                }
                this.periods.put(kind, period);
            }
        });
    }

    public Optional<Duration> period(DataKind kind) {
        return Optional.ofNullable(periods.get(kind));
    }

    /** Whether the item is due to go at {@code now}: past its period, and needed by nothing. */
    public boolean due(StoredItem item, Instant now) {
        if (item.needed()) {
            return false;
        }
        Duration period = periods.get(item.kind());
        return period != null && !item.since().plus(period).isAfter(now);
    }

    /** The items due to go at {@code now}, in their order. */
    public List<StoredItem> due(Collection<StoredItem> items, Instant now) {
        return items.stream().filter(i -> due(i, now)).toList();
    }
}
