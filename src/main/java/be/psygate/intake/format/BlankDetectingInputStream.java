package be.psygate.intake.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a stream through and remembers whether everything read so far was blank: ASCII white space,
 * after an optional UTF-8 byte order mark. Tells an empty XML file from a broken one.
 */
final class BlankDetectingInputStream extends FilterInputStream {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private long position;
    private boolean onlyBlanks = true;

    BlankDetectingInputStream(InputStream in) {
        super(in);
    }

    /** True while no byte read so far was anything but a byte order mark or white space. */
    boolean onlyBlanksSoFar() {
        return onlyBlanks;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read && onlyBlanks; i++) {
            see(buffer[offset + i]);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        onlyBlanks = false;
        return super.skip(n);
    }

    private void see(byte b) {
        boolean bom = position < BOM.length && b == BOM[(int) position];
        boolean blank = b == ' ' || b == '\t' || b == '\r' || b == '\n';
        onlyBlanks &= bom || blank;
        position++;
    }
}
