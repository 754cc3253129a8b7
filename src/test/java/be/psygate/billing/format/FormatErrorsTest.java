package be.psygate.billing.format;

import be.psygate.billing.returns.ReturnFormatException;
import org.junit.jupiter.api.Test;

import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A value read from a file that its type refuses, or that is missing, is refused at its line in the format's own
 * exception; the invoice formats keep what refused it as the cause.
 */
class FormatErrorsTest {

    private static final FormatErrors INVOICES = FormatErrors.withCauses(InvoiceFormatException::new,
            InvoiceFormatException::new);
    private static final FormatErrors ANSWERS = FormatErrors.of(ReturnFormatException::new,
            ReturnFormatException::new);

    @Test
    void aValidValueIsWhatItsTypeMakes() {
        assertThat(INVOICES.valid(3, "the count", () -> Integer.parseInt("42"))).isEqualTo(42);
    }

    @Test
    void aValueItsTypeRefusesIsRefusedAtItsLineWithItsCauseWhereTheFormatKeepsOne() {
        assertThatThrownBy(() -> INVOICES.valid(3, "the count", () -> Integer.parseInt("x")))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessage("line 3: the count is not valid: For input string: \"x\"")
                .hasCauseInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ANSWERS.valid(4, "the count", () -> Integer.parseInt("x")))
                .isInstanceOf(ReturnFormatException.class)
                .hasMessage("line 4: the count is not valid: For input string: \"x\"")
                .hasNoCause();
    }

    @Test
    void aMissingValueIsRefusedAsMissing() {
        assertThatThrownBy(() -> ANSWERS.valid(5, "the sender", () -> Objects.requireNonNull(null, "name")))
                .isInstanceOf(ReturnFormatException.class)
                .hasMessage("line 5: the sender is not valid: name is missing");
        assertThatThrownBy(() -> INVOICES.valid(0, "the batch", () -> Objects.requireNonNull(null, "sender")))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessage("the batch is not valid: sender is missing")
                .hasCauseInstanceOf(NullPointerException.class);
    }
}
