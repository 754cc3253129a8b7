package be.psygate.intake.format;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists far larger than any practice sends, generated while they are read and counted while they are read:
 * neither the file nor its lines are ever held together, by the test or by the reader. The reader must hand
 * each line over while the generator is only a read buffer ahead of it, not once the file is exhausted.
 */
class LargeListStreamingTest {

    private static final int CSV_LINES = 200_000;
    private static final int XML_SESSIONS = 10_000;

    @Test
    void streamsACsvListOf200000Lines() throws Exception {
        GeneratedList list = new GeneratedList(CsvSessionListReader.HEADER + "\r\n", CSV_LINES,
                n -> "REF-" + n + ";95123445780;85031412302;100;N;2025-03-03;792632;;;"
                        + (n % 1000 == 0 ? ";extra" : "") + "\r\n",
                "");
        AtomicLong sessions = new AtomicLong();
        AtomicLong malformed = new AtomicLong();
        AtomicLong maxAhead = new AtomicLong();

        new CsvSessionListReader().read(list, session -> {
            sessions.incrementAndGet();
            if (session.isMalformed()) {
                malformed.incrementAndGet();
            }
            long dataLine = session.lineNumber() - 1; // the header is line 1
            maxAhead.accumulateAndGet(list.produced() - dataLine, Math::max);
        });

        assertThat(sessions).hasValue(CSV_LINES);
        assertThat(malformed).hasValue(CSV_LINES / 1000);
        assertThat(maxAhead.get()).isLessThan(5_000);
    }

    @Test
    void streamsAnXmlListOf10000Sessions() throws Exception {
        GeneratedList list = new GeneratedList(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sessionList xmlns=\"urn:psygate:session-list:1\">\n",
                XML_SESSIONS,
                n -> "  <session><lineRef>REF-" + n + "</lineRef><psychologistInami>95123445780</psychologistInami>"
                        + "<patientNiss>85031412302</patientNiss><insurerCode>100</insurerCode>"
                        + "<preferentialRegime>N</preferentialRegime><sessionDate>2025-03-03</sessionDate>"
                        + "<pseudocode>792632</pseudocode></session>\n",
                "</sessionList>\n");
        AtomicLong sessions = new AtomicLong();
        AtomicLong maxAhead = new AtomicLong();

        new XmlSessionListReader().read(list, session -> {
            sessions.incrementAndGet();
            maxAhead.accumulateAndGet(list.produced() - session.lineNumber(), Math::max);
        });

        assertThat(sessions).hasValue(XML_SESSIONS);
        assertThat(maxAhead.get()).isLessThan(1_000);
    }

    /** A list produced on demand: a start, numbered lines, an end. */
    private static final class GeneratedList extends InputStream {

        private final String start;
        private final int lines;
        private final IntFunction<String> line;
        private final String end;
        private int part = -1;
        private byte[] current = new byte[0];
        private int position;

        GeneratedList(String start, int lines, IntFunction<String> line, String end) {
            this.start = start;
            this.lines = lines;
            this.line = line;
            this.end = end;
        }

        /** How many numbered lines were produced so far. */
        long produced() {
            return Math.max(0, Math.min(part, lines));
        }

        @Override
        public int read() {
            return ensure() ? current[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!ensure()) {
                return -1;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, count);
            position += count;
            return count;
        }

        private boolean ensure() {
            while (position >= current.length) {
                if (part > lines) {
                    return false;
                }
                part++;
                String text = part == 0 ? start : part <= lines ? line.apply(part) : end;
                current = text.getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return true;
        }
    }
}
