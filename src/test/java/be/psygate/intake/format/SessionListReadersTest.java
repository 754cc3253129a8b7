package be.psygate.intake.format;

import be.psygate.rules.ReasonCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SessionListReadersTest {

    @Test
    void choosesByExtensionInAnyCase() throws Exception {
        assertThat(SessionListReaders.forFileName("march.csv")).isInstanceOf(CsvSessionListReader.class);
        assertThat(SessionListReaders.forFileName("MARCH.CSV")).isInstanceOf(CsvSessionListReader.class);
        assertThat(SessionListReaders.forFileName("in/2025.03.Csv")).isInstanceOf(CsvSessionListReader.class);
        assertThat(SessionListReaders.forFileName("march.xml")).isInstanceOf(XmlSessionListReader.class);
        assertThat(SessionListReaders.forFileName("March.XmL")).isInstanceOf(XmlSessionListReader.class);
    }

    @Test
    void refusesAnyOtherType() {
        for (String name : List.of("march.txt", "march.csv.gz", "march", "csv", "march.xlsx", "march.xml.bak", "")) {
            UnreadableListException e = catchThrowableOfType(UnreadableListException.class,
                    () -> SessionListReaders.forFileName(name));
            assertThat(e.reason()).as(name).isEqualTo(ReasonCode.FILE_UNSUPPORTED_TYPE);
            assertThat(e.args()).containsExactly(name);
        }
    }
}
