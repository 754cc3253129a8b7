package be.psygate.intake.format;

import be.psygate.rules.DeclaredSession;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The two ways of mapping a line give the same sessions, so that one can replace the other. */
class SessionLineBinderTest {

    @Test
    void bindyAndAPlainSplitAgree() throws Exception {
        String text = CsvSessionListReader.HEADER + "\n"
                + "L1;95123445780;85031412302;100;N;2025-03-03;792632;;;\n"
                + " L2 ;18765441004; 85031412302 ;100;Y;2019-11-04;792514;4;2019-10-01;18765441004\n"
                + ";;;;;;;;;\n"
                + "L4;too;few\n";
        CsvSessionListReader withBindy = new CsvSessionListReader(BindySessionLineBinder::new);
        CsvSessionListReader withSplit = new CsvSessionListReader(SplitSessionLineBinder::new);

        List<DeclaredSession> bindy = Fixtures.readText(withBindy, text);

        assertThat(bindy).hasSize(4);
        assertThat(Fixtures.readText(withSplit, text)).isEqualTo(bindy);
        assertThat(Fixtures.read(withSplit, "lists/sessions-2025-03.csv"))
                .isEqualTo(Fixtures.read(withBindy, "lists/sessions-2025-03.csv"));
    }
}
