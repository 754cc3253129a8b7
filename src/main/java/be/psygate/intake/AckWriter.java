package be.psygate.intake;

import be.psygate.ledger.LineOutcome;
import be.psygate.rules.Language;
import be.psygate.rules.ReasonCatalogue;
import be.psygate.rules.ReasonCode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes the acknowledgement of a list (README.md, "Try it as the demo practice"), one line per line of the list, with the
 * reason in the practice's language. {@code line_number} is added after the contract's columns so that a line whose
 * reference could not be read can still be found.
 */
public final class AckWriter implements AutoCloseable {

    public static final String HEADER = "line_ref;status;reason_code;reason;fee;insurer_share;copay;tranche1;line_number";

    private final BufferedWriter out;
    private final ReasonCatalogue reasons;
    private final Language language;

    public AckWriter(Writer out, ReasonCatalogue reasons, Language language) {
        this.out = new BufferedWriter(out, 64 * 1024);
        this.reasons = reasons;
        this.language = language;
        write(HEADER);
    }

    public void write(LineOutcome line) {
        StringBuilder b = new StringBuilder(128);
        b.append(field(line.lineRef())).append(';');
        b.append(line.accepted() ? "ACCEPTED" : "REJECTED").append(';');
        if (line.reasonCode() != null) {
            ReasonCode code = ReasonCode.valueOf(line.reasonCode());
            b.append(code.name()).append(';')
                    .append(field(reasons.text(code, language, line.reasonArgs().toArray()))).append(';');
        } else {
            b.append(";;");
        }
        b.append(amount(line.fee())).append(';')
                .append(amount(line.insurerShare())).append(';')
                .append(amount(line.copay())).append(';')
                .append(amount(line.tranche1())).append(';')
                .append(line.lineNumber());
        write(b.toString());
    }

    private void write(String line) {
        try {
            out.write(line);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Quotes a field that holds a separator, a quote or a line break, doubling inner quotes. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
