package be.psygate.billing.returns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.StringReader;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RejectionCodesTest {

    @Test
    void theCodesOfTheMappingsHoldPlausibleLineAndFileRejections() {
        RejectionCodes codes = RejectionCodes.fromClasspath();

        assertThat(codes.lineCodes()).extracting(RejectionCode::text).anyMatch(t -> t.contains("Insurability"))
                .anyMatch(t -> t.contains("unknown")).anyMatch(t -> t.contains("Duplicate"))
                .anyMatch(t -> t.contains("ceiling")).anyMatch(t -> t.contains("Pseudocode not allowed"));
        assertThat(codes.lineCodes()).allMatch(c -> c.code().matches("[A-Z][0-9]{6}"));
        assertThat(codes.fileCodes()).isNotEmpty().allMatch(c -> c.code().matches("[0-9]{2}"));
        assertThat(codes.byCode("A100010")).get().extracting(RejectionCode::scope)
                .isEqualTo(RejectionCode.Scope.LINE);
        assertThat(codes.byCode("Z999999")).isEmpty();
    }

    static Stream<Arguments> listsAnAnswerCouldNotCarry() {
        return Stream.of(
                Arguments.of("code;text\nA100010;line;x\n10;file;y\n", "line 1: the header must be code;scope;text"),
                Arguments.of("code;scope;text\nA100010;line;x\nA100010;line;y\n10;file;z\n",
                        "line 3: code A100010 appears twice"),
                Arguments.of("code;scope;text\nA100010;session;x\n10;file;z\n", "line 2: scope must be line or file"),
                Arguments.of("code;scope;text\nA10001;line;x\n10;file;z\n",
                        "line 2: a line rejection code must be a letter and six digits"),
                Arguments.of("code;scope;text\nA100010;line;Assurabilité\n10;file;z\n", "printable ASCII"),
                Arguments.of("code;scope;text\nA100010;line;x\n", "at least one code of each scope"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("listsAnAnswerCouldNotCarry")
    void aListThatAnAnswerCouldNotCarryIsRefusedWithItsLine(String list, String why) {
        assertThatThrownBy(() -> load(list)).hasMessageContaining(why);
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        RejectionCodes codes = load("# comment\n\ncode;scope;text\n# another\nA100010;line; x \n10;file;y\n");

        assertThat(codes.lineCodes()).containsExactly(new RejectionCode("A100010", RejectionCode.Scope.LINE, "x"));
        assertThat(codes.fileCodes()).extracting(RejectionCode::code).containsExactly("10");
    }

    private static RejectionCodes load(String text) {
        return RejectionCodes.load(new StringReader(text));
    }
}
