package be.psygate.support;

import be.psygate.intake.AckWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo list {@code test-fixtures/lists/demo-mixed.csv} (fourteen lines that cross the convention's rules) sent
 * as a practice sends it, with the OpenSSH client, and the answer the gateway gives it, line by line.
 */
public final class DemoMixedList {

    private static final Path FILE = Path.of("test-fixtures/lists/demo-mixed.csv").toAbsolutePath();

    private DemoMixedList() {
    }

    /**
     * Uploads the list into the practice's {@code in/} with the OpenSSH client, waits, at most {@code patience}, for
     * its acknowledgement in the practice's {@code home} on the server's disk, and fetches that back over SFTP into
     * {@code into}; returns the lines fetched.
     */
    public static List<String> uploadAndFetchTheAck(int port, String user, Path key, Path knownHosts, Path home,
                                                    Path into, Duration patience)
            throws IOException, InterruptedException {
        OpenSsh.sftp(port, user, key, knownHosts, "put " + FILE + " in/demo-mixed.csv");
        Drop.awaitFile(home.resolve("out/demo-mixed.csv.ack.csv"), patience);
        Path fetched = into.resolve("fetched-ack.csv");
        OpenSsh.sftp(port, user, key, knownHosts, "get out/demo-mixed.csv.ack.csv " + fetched);
        return Files.readAllLines(fetched, StandardCharsets.UTF_8);
    }

    /** The acknowledgement of the list, on the gateway's "today" (2025-06-30). */
    public static void assertTheAck(List<String> lines) {
        assertThat(lines).hasSize(15);
        assertThat(lines.get(0)).isEqualTo(AckWriter.HEADER);
        // standard regime: 66.10 from the insurer + 11.00 copay; 90% of 66.10 = 59.49
        assertThat(lines.get(1)).isEqualTo("D-001;ACCEPTED;;;77.10;66.10;11.00;59.49;2");
        // preferential regime: 73.10 + 4.00; 90% of 73.10 = 65.79
        assertThat(lines.get(2)).isEqualTo("D-002;ACCEPTED;;;77.10;73.10;4.00;65.79;3");
        // first session: no copay, the insurer pays 77.10; 90% = 69.39
        assertThat(lines.get(3)).isEqualTo("D-003;ACCEPTED;;;77.10;77.10;0.00;69.39;4");
        assertThat(lines.get(4)).startsWith("D-004;REJECTED;PATIENT_NISS_INVALID;").endsWith(";;;;;5")
                .doesNotContain("85071212391");
        assertThat(lines.get(5)).startsWith("D-005;REJECTED;PSEUDOCODE_UNKNOWN;");
        // group of 6 at 335.15: copay 6 x 2.50 = 15.00; insurer 320.15 / 6 = 53.358 -> 53.36, and the first
        // participant carries the rounding (320.15 - 5 x 53.36 = 53.35), so the six lines add up to 335.15
        assertThat(lines.get(6)).isEqualTo("D-006;ACCEPTED;;;55.85;53.35;2.50;48.02;7");
        for (int i = 7; i <= 11; i++) {
            assertThat(lines.get(i)).isEqualTo("D-%03d;ACCEPTED;;;55.86;53.36;2.50;48.02;%d".formatted(i, i + 1));
        }
        // older than the billing deadline (2 years before "today", 2025-06-30)
        assertThat(lines.get(12)).startsWith("D-012;REJECTED;SESSION_TOO_OLD;");
        assertThat(lines.get(13)).startsWith("D-013;REJECTED;GROUP_PARTICIPANTS_OUT_OF_RANGE;");
        // a CLB/CPMS code of the 2023 amendment: no tariff published for it
        assertThat(lines.get(14)).startsWith("D-014;REJECTED;NO_TARIFF_ON_DATE;");
    }
}
