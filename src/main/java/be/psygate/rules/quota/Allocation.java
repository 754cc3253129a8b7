package be.psygate.rules.quota;

import be.psygate.rules.ReasonCode;
import be.psygate.rules.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The quota engine's answer for one session: accepted (and counted), or refused with a reason code and the values
 * for its text. A refusal never quotes a national number.
 */
public record Allocation(ReasonCode reason, List<String> args) {

    private static final Allocation ACCEPTED = new Allocation(null, List.of());

    public Allocation {
        args = List.copyOf(args);
        if (reason == null && !args.isEmpty()) {
            throw new IllegalArgumentException("An accepted allocation has no reason values");
        }
    }

    public static Allocation accepted() {
        return ACCEPTED;
    }

    public static Allocation refused(ReasonCode reason, Object... args) {
        return new Allocation(Objects.requireNonNull(reason, "reason"),
                Arrays.stream(args).map(String::valueOf).toList());
    }

    public boolean isAccepted() {
        return reason == null;
    }

    /** The verdict after allocation: {@code verdict} itself if accepted, else the line rejected with this reason. */
    public Verdict applyTo(Verdict verdict) {
        return isAccepted() ? verdict : Verdict.reject(verdict.line(), reason, args);
    }
}
