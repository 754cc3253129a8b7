package be.psygate.rules;

import java.util.Optional;

/**
 * The ages, in whole years on the session date, a network may serve under a convention. Both bounds are inclusive
 * and either may be absent: {@code min 15} means "15 and older", {@code max 23} means "23 and younger" (that is,
 * until the day before the 24th birthday).
 */
public record AgeRange(Integer min, Integer max) {

    /** Every age. */
    public static final AgeRange ANY = new AgeRange(null, null);

    public AgeRange {
        if ((min != null && min < 0) || (max != null && max < 0)) {
            throw new IllegalArgumentException("An age bound cannot be negative");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("The minimum age " + min + " is above the maximum age " + max);
        }
    }

    public boolean contains(int age) {
        return (min == null || age >= min) && (max == null || age <= max);
    }

    public Optional<Integer> minimum() {
        return Optional.ofNullable(min);
    }

    public Optional<Integer> maximum() {
        return Optional.ofNullable(max);
    }

    /** The bounds as a reason quotes them, in any language: {@code ≥ 15}, {@code ≤ 23}, {@code 15-23}, {@code *}. */
    public String shown() {
        if (min != null && max != null) {
            return min + "-" + max;
        }
        if (min != null) {
            return "≥ " + min;
        }
        return max != null ? "≤ " + max : "*";
    }
}
