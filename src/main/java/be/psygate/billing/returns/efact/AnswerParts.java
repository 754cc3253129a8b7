package be.psygate.billing.returns.efact;

import be.psygate.billing.returns.ReturnFormatException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The parts of an efact answer, one at a time: each of a length known from what came before (segment 200, segment
 * 300, the message acknowledged, then parts of 800 characters), printable ASCII, one after the other with no line
 * separator, as the public eFact answers run on. Parts are numbered from 1 (segment 200); the messages call them
 * lines.
 */
final class AnswerParts {

    private final InputStream in;
    private long number;

    AnswerParts(InputStream in) {
        this.in = new BufferedInputStream(in);
    }

    /** The number of the last part handed over by {@link #next}, from 1; 0 before the first. */
    long number() {
        return number;
    }

    /** The next part of {@code length} characters; {@code null} at the end of the file. */
    String next(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length == 0) {
            return null;
        }
        long at = number + 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < ' ' || bytes[i] > '~') {
                throw new ReturnFormatException("position " + (i + 1) + " is not a printable ASCII character (the "
                        + "parts of an answer follow one another with no line separator)", at);
            }
        }
        if (bytes.length < length) {
            throw new ReturnFormatException("the part has " + bytes.length + " characters instead of " + length
                    + ": the file may be cut short", at);
        }
        number = at;
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
