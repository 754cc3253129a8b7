package be.psygate.intake.format;

import be.psygate.rules.ReasonCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Splits a byte stream into its physical lines, decoding strict UTF-8 on the way.
 *
 * <p>Lines end with {@code \n} or {@code \r\n}; the end of line is not part of the line. A byte order mark
 * at the very start of the stream is dropped. Bytes that are not UTF-8, anywhere in the stream, refuse the
 * file with {@code FILE_NOT_UTF8} and, as arguments, the line, the column (in characters, both from 1) and
 * the byte offset in the file (from 0) of the first bad byte. So does a NUL character: valid UTF-8, but the
 * mark of UTF-16 or binary content, and a character no text column of the database can hold. A line longer
 * than the limit is cut at the limit and flagged; the rest of it is decoded (so it is still checked) but not
 * kept: a file without line ends cannot fill the heap.
 */
final class Utf8LineReader {

    /** One physical line: its number (the first line is 1), its text, and whether it was cut. */
    record Line(long number, String text, boolean truncated) {

        boolean isBlank() {
            return text.isBlank();
        }
    }

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final char BOM = '\uFEFF';

    private final InputStream in;
    private final int maxLineLength;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private final StringBuilder line = new StringBuilder();

    /** Offset in the stream of the first byte of {@link #bytes}' array. */
    private long bufferOffset;
    private long lineNumber;
    /** Characters of the current line consumed so far, kept or not. */
    private long lineLength;
    private boolean endOfInput;
    private boolean decoded;

    Utf8LineReader(InputStream in, int maxLineLength) {
        this.in = in;
        this.maxLineLength = maxLineLength;
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws UnreadableListException {
        line.setLength(0);
        lineLength = 0;
        boolean truncated = false;
        boolean sawAnything = false;
        while (true) {
            if (!chars.hasRemaining() && !fill()) {
                if (!sawAnything) {
                    return null;
                }
                break;
            }
            sawAnything = true;
            int start = chars.position();
            int end = indexOfNewline(start);
            int stop = end < 0 ? chars.limit() : end;
            checkNoNul(start, stop);
            int room = maxLineLength - line.length();
            int take = Math.min(room, stop - start);
            line.append(chars.array(), chars.arrayOffset() + start, take);
            truncated |= take < stop - start;
            lineLength += stop - start;
            if (end >= 0) {
                chars.position(end + 1);
                break;
            }
            chars.position(stop);
        }
        lineNumber++;
        if (!truncated && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        if (lineNumber == 1 && line.length() > 0 && line.charAt(0) == BOM) {
            line.deleteCharAt(0);
        }
        return new Line(lineNumber, line.toString(), truncated);
    }

    private int indexOfNewline(int from) {
        char[] array = chars.array();
        int offset = chars.arrayOffset();
        for (int i = from; i < chars.limit(); i++) {
            if (array[offset + i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Refuses the file at the first NUL among the characters {@code from} (inclusive) to {@code to} (exclusive). */
    private void checkNoNul(int from, int to) throws UnreadableListException {
        char[] array = chars.array();
        int offset = chars.arrayOffset();
        for (int i = from; i < to; i++) {
            if (array[offset + i] == '\0') {
                boolean bom = lineNumber == 0 && (line.length() > 0 ? line.charAt(0) : array[offset + from]) == BOM;
                long column = lineLength + (i - from) + 1 - (bom ? 1 : 0);
                long byteOffset = bufferOffset + bytes.position() - utf8Length(i, chars.limit());
                long badLine = lineNumber + 1;
                throw new UnreadableListException(ReasonCode.FILE_NOT_UTF8,
                        List.of(Long.toString(badLine), Long.toString(column), Long.toString(byteOffset)),
                        "NUL character (UTF-16 or binary content) at line " + badLine + ", column " + column
                                + ", byte offset " + byteOffset);
            }
        }
    }

    /** How many bytes the decoded characters {@code from} (inclusive) to {@code to} (exclusive) took in UTF-8. */
    private long utf8Length(int from, int to) {
        long length = 0;
        for (int i = from; i < to; i++) {
            char c = chars.get(i);
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return length;
    }

    /** Decodes more characters into {@link #chars}; false when the stream is exhausted. */
    private boolean fill() throws UnreadableListException {
        chars.clear();
        try {
            while (chars.position() == 0 && !decoded) {
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    throw notUtf8(bufferOffset + bytes.position());
                }
                if (result.isUnderflow()) {
                    if (endOfInput) {
                        finish();
                    } else {
                        readMoreBytes();
                    }
                }
            }
        } finally {
            chars.flip();
        }
        return chars.hasRemaining();
    }

    private void finish() {
        decoder.flush(chars);
        decoded = true;
    }

    private void readMoreBytes() {
        bufferOffset += bytes.position();
        bytes.compact();
        try {
            int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            bytes.flip();
        }
    }

    private UnreadableListException notUtf8(long byteOffset) {
        long badLine = lineNumber + 1;
        long column = lineLength + 1;
        for (int i = 0; i < chars.position(); i++) {
            column++;
            if (chars.get(i) == '\n') {
                badLine++;
                column = 1;
            }
        }
        return new UnreadableListException(ReasonCode.FILE_NOT_UTF8,
                List.of(Long.toString(badLine), Long.toString(column), Long.toString(byteOffset)),
                "invalid UTF-8 at line " + badLine + ", column " + column + ", byte offset " + byteOffset);
    }
}
