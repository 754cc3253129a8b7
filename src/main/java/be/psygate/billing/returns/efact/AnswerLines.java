package be.psygate.billing.returns.efact;

import be.psygate.billing.returns.ReturnFormatException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of an efact answer, one at a time: printable ASCII characters, each line ended by CRLF and no longer
 * than the longest part of an answer (an echoed record with its error detail). Lines are numbered from 1.
 */
final class AnswerLines {

    private final InputStream in;
    private final int maxLength;
    private long number;

    AnswerLines(InputStream in, int maxLength) {
        this.in = new BufferedInputStream(in);
        this.maxLength = maxLength;
    }

    /** The number of the last line handed over by {@link #next()}, from 1; 0 before the first. */
    long number() {
        return number;
    }

    /** The next line, without its CRLF; {@code null} at the end of the file. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        long at = number + 1;
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\r') {
                if (in.read() != '\n') {
                    throw new ReturnFormatException("a CR that is not followed by LF: every line ends with CRLF", at);
                }
                number = at;
                return line.toString();
            }
            if (b < ' ' || b > '~') {
                throw new ReturnFormatException("position " + (line.length() + 1)
                        + " is not a printable ASCII character (every line ends with CRLF)", at);
            }
            if (line.length() == maxLength) {
                throw new ReturnFormatException("the line is longer than " + maxLength + " characters", at);
            }
            line.append((char) b);
        }
        if (line.length() > 0) {
            throw new ReturnFormatException("the last line does not end with CRLF: the file may be cut short", at);
        }
        return null;
    }
}
