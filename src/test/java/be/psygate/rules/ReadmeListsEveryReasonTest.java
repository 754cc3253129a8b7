package be.psygate.rules;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** README lists the reason catalogue for the practices and the billing clerks: every code must be there. */
class ReadmeListsEveryReasonTest {

    @Test
    void readmeNamesEveryReasonCode() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (ReasonCode code : ReasonCode.values()) {
            assertThat(readme).as("README lists %s", code).contains("| `" + code.name() + "` |");
        }
    }
}
