package be.psygate.rules;

import static be.psygate.rules.LineBuilder.Field.PSYCHOLOGIST_INAMI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VerdictTest {

    private final DeclaredSession line = LineBuilder.line().build();

    @Test
    void aRejectedVerdictHasAReasonButNoSessionNorPrice() {
        Verdict verdict = Verdict.reject(line, ReasonCode.PSEUDOCODE_UNKNOWN, "123456");

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.reason()).isEqualTo(ReasonCode.PSEUDOCODE_UNKNOWN);
        assertThat(verdict.args()).containsExactly("123456");
        assertThat(verdict.line()).isSameAs(line);
        assertThatThrownBy(verdict::session).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(verdict::price).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void printsOnlyTheLineNumberAndTheOutcome() {
        Verdict verdict = Verdict.reject(line, ReasonCode.PSEUDOCODE_UNKNOWN, "123456");

        assertThat(verdict).hasToString("Verdict[line " + line.lineNumber() + ", REJECTED PSEUDOCODE_UNKNOWN]");
    }

    @Test
    void aDeclaredLinePrintsWithoutTheNationalNumber() {
        DeclaredSession swapped = LineBuilder.line().with(PSYCHOLOGIST_INAMI, LineBuilder.PATIENT).build();

        assertThat(line.toString()).doesNotContain(LineBuilder.PATIENT).contains("85.07.**-***.**");
        assertThat(swapped.toString()).doesNotContain(LineBuilder.PATIENT);
    }
}
