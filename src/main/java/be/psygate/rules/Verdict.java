package be.psygate.rules;

import be.psygate.tariff.Price;
import java.util.List;
import java.util.Objects;

/**
 * The answer to one line of a session list: accepted, with the typed session and its price, or rejected, with a
 * reason code and the values that fill the reason's text (see {@link ReasonCatalogue}). Asking a rejected verdict
 * for its session or price, or an accepted one for its reason, is a programming error.
 */
public final class Verdict {

    private final DeclaredSession line;
    private final ValidSession session;
    private final Price price;
    private final ReasonCode reason;
    private final List<String> args;

    private Verdict(DeclaredSession line, ValidSession session, Price price, ReasonCode reason, List<String> args) {
        this.line = Objects.requireNonNull(line, "line");
        this.session = session;
        this.price = price;
        this.reason = reason;
        this.args = args;
    }

    public static Verdict accept(DeclaredSession line, ValidSession session, Price price) {
        return new Verdict(line, Objects.requireNonNull(session, "session"), Objects.requireNonNull(price, "price"),
                null, List.of());
    }

    public static Verdict reject(DeclaredSession line, ReasonCode reason, List<String> args) {
        return new Verdict(line, null, null, Objects.requireNonNull(reason, "reason"), List.copyOf(args));
    }

    public static Verdict reject(DeclaredSession line, ReasonCode reason, String... args) {
        return reject(line, reason, List.of(args));
    }

    public boolean accepted() {
        return reason == null;
    }

    /** The line as the practice declared it. */
    public DeclaredSession line() {
        return line;
    }

    /** Why the line was rejected. */
    public ReasonCode reason() {
        if (accepted()) {
            throw new IllegalStateException("An accepted line has no reason");
        }
        return reason;
    }

    /** The values for the placeholders of the reason's text, in order. */
    public List<String> args() {
        if (accepted()) {
            throw new IllegalStateException("An accepted line has no reason");
        }
        return args;
    }

    /** The typed session of an accepted line. */
    public ValidSession session() {
        if (!accepted()) {
            throw new IllegalStateException("A rejected line has no session");
        }
        return session;
    }

    /** The price of an accepted line. */
    public Price price() {
        if (!accepted()) {
            throw new IllegalStateException("A rejected line has no price");
        }
        return price;
    }

    /** Line number and outcome only: a verdict may be logged, the line's content may not. */
    @Override
    public String toString() {
        return "Verdict[line " + line.lineNumber() + ", " + (accepted() ? "ACCEPTED" : "REJECTED " + reason) + "]";
    }
}
