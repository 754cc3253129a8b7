package be.psygate.billing.format.xml;

import be.psygate.money.Amounts;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How the document writes days ({@code yyyy-MM-dd}), months ({@code yyyy-MM}) and amounts ({@code 66.10}). Public
 * because the insurers' answers ({@code be.psygate.billing.returns}) write them the same way.
 */
public final class XmlAdapters {

    private XmlAdapters() {
    }

    /** A day, {@code yyyy-MM-dd}. */
    public static final class Day extends XmlAdapter<String, LocalDate> {
        @Override
        public LocalDate unmarshal(String text) {
            return text == null ? null : LocalDate.parse(text.strip());
        }

        @Override
        public String marshal(LocalDate day) {
            return day == null ? null : day.toString();
        }
    }

    /** A month, {@code yyyy-MM}. */
    public static final class Month extends XmlAdapter<String, YearMonth> {
        @Override
        public YearMonth unmarshal(String text) {
            return text == null ? null : YearMonth.parse(text.strip());
        }

        @Override
        public String marshal(YearMonth month) {
            return month == null ? null : month.toString();
        }
    }

    /** An amount with a dot and exactly two decimals. */
    public static final class Amount extends XmlAdapter<String, BigDecimal> {
        @Override
        public BigDecimal unmarshal(String text) {
            return text == null ? null : Amounts.parse(text.strip());
        }

        @Override
        public String marshal(BigDecimal amount) {
            return amount == null ? null : Amounts.format(Amounts.exact(amount));
        }
    }
}
