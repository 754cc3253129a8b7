package be.psygate.billing.format.xml;

import be.psygate.money.Amounts;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;

/**
 * How the document writes days ({@code yyyy-MM-dd}), months ({@code yyyy-MM}) and amounts ({@code 66.10}). Public
 * because the insurers' answers ({@code be.psygate.billing.returns}) write them the same way.
 */
public final class XmlAdapters {

    private XmlAdapters() {
    }

    /**
     * A value written as a text: read from the text without its surrounding white space; an absent value stays
     * absent both ways.
     */
    public abstract static class Text<T> extends XmlAdapter<String, T> {

        private final Function<String, T> parse;
        private final Function<T, String> format;

        protected Text(Function<String, T> parse, Function<T, String> format) {
            this.parse = parse;
            this.format = format;
        }

        @Override
        public T unmarshal(String text) {
            return text == null ? null : parse.apply(text.strip());
        }

        @Override
        public String marshal(T value) {
            return value == null ? null : format.apply(value);
        }
    }

    /** A day, {@code yyyy-MM-dd}. */
    public static final class Day extends Text<LocalDate> {
        public Day() {
            super(LocalDate::parse, LocalDate::toString);
        }
    }

    /** A month, {@code yyyy-MM}. */
    public static final class Month extends Text<YearMonth> {
        public Month() {
            super(YearMonth::parse, YearMonth::toString);
        }
    }

    /** An amount with a dot and exactly two decimals. */
    public static final class Amount extends Text<BigDecimal> {
        public Amount() {
            super(Amounts::parse, amount -> Amounts.format(Amounts.exact(amount)));
        }
    }
}
