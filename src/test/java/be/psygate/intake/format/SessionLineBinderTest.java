package be.psygate.intake.format;

import be.psygate.rules.DeclaredSession;
import org.apache.camel.dataformat.bindy.BindyCsvFactory;
import org.apache.camel.dataformat.bindy.csv.BindyCsvDataFormat;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** The model's columns looked up once give what Bindy's own factory binds, field for field. */
    @Test
    void bindsEveryLineAsBindysOwnFactory() throws Exception {
        BindyCsvDataFormat format = new BindyCsvDataFormat(SessionListCsvRecord.class);
        format.setDefaultValueStringAsNull(true);
        BindyCsvFactory factory = (BindyCsvFactory) format.getFactory();
        List<List<String>> lines = List.of(
                List.of("L1", "95123445780", "85031412302", "100", "N", "2025-03-03", "792632", "", "", ""),
                List.of("", "", "", "", "", "", "", "", "", ""),
                List.of("réf \"7\"", "x", "y\\z", "'q'", "Y", "03/03/2025", "79 26 32", "4", "2019-10-01", "1"),
                List.of("a b", "\t", "٣", "100", "N", "2025-03-03", "792632", "15", "", "18765441004"));
        BindySessionLineBinder binder = new BindySessionLineBinder();
        for (int n = 0; n < lines.size(); n++) {
            List<String> fields = new ArrayList<>(lines.get(n));
            Map<String, Object> model = factory.factory();
            factory.bind(null, fields, model, n + 2);
            DeclaredSession byBindy = ((SessionListCsvRecord) model.get(SessionListCsvRecord.class.getName()))
                    .toDeclaredSession(n + 2);

            assertThat(binder.bind(n + 2, fields)).isEqualTo(byBindy);
        }
    }
}
