package be.psygate.intake;

import be.psygate.ledger.FileMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadTest {

    @Test
    void readsThePracticeTheFolderAndTheNameFromThePath() {
        Upload up = Upload.of("demo/in/2025-03.csv");
        assertThat(up.sftpUser()).isEqualTo("demo");
        assertThat(up.mode()).isEqualTo(FileMode.BILL);
        assertThat(up.fileName()).isEqualTo("2025-03.csv");
        assertThat(up.answerPath(".ack.csv")).isEqualTo("demo/out/2025-03.csv.ack.csv");
        assertThat(Upload.of("demo/check/x.xml").mode()).isEqualTo(FileMode.CHECK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo/out/x.csv", "demo/in/sub/x.csv", "../demo/in/x.csv", "Demo/in/x.csv", "demo/x.csv",
            "demo/in/"})
    void refusesAPathOutsideAPracticesDropFolders(String path) {
        assertThatThrownBy(() -> Upload.of(path)).isInstanceOf(IllegalArgumentException.class);
    }
}
