package be.psygate.rules;

import java.util.Optional;

/**
 * One check of a session line, refusing it with its own reason code. A check that passes may record on the draft
 * what it established (a parsed value, the tariff) for the checks after it.
 */
@FunctionalInterface
interface LineRule {

    /** Empty when the line passes this check. */
    Optional<Refusal> check(LineDraft draft);
}
