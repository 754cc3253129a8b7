package be.psygate.payments.sepa;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the SEPA tests say that a document is refused, or not written, and why. */
final class SepaAssertions {

    private SepaAssertions() {
    }

    /** The call fails with a SEPA format error whose message holds every part given, in any order. */
    static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable call, String... messageParts) {
        return assertThatThrownBy(call).isInstanceOf(SepaFormatException.class).hasMessageContainingAll(messageParts);
    }
}
