package be.psygate.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a failed check says: the reason code and the values for its text. */
record Refusal(ReasonCode reason, List<String> args) {

    static Optional<Refusal> refuse(ReasonCode reason, Object... args) {
        return Optional.of(new Refusal(reason, Arrays.stream(args).map(String::valueOf).toList()));
    }

    static Optional<Refusal> pass() {
        return Optional.empty();
    }
}
