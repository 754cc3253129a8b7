package be.psygate.console;

import be.psygate.identity.SafeText;
import be.psygate.mappings.ClockProperties;
import be.psygate.rules.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How the pages write what they show ({@code ${fmt...}} in the templates): amounts in euros with two decimals in
 * the reader's convention, times in Brussels whatever the server's zone, and any text that came from outside (a file
 * name, a line reference) through {@link SafeText}, national numbers masked.
 */
@Component
public class ConsoleFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Currency EURO = Currency.getInstance("EUR");

    public String euros(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(numbersLocale());
        format.setCurrency(EURO);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A moment as a Brussels date and time. */
    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ClockProperties.ZONE));
    }

    public String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** A text that came from outside, as it may be shown. */
    public String shown(String text) {
        return safe(text);
    }

    static String safe(String text) {
        return SafeText.of(text);
    }

    /** The practices' language matching the reader's (reasons are written in it). */
    public static Language language() {
        return switch (LocaleContextHolder.getLocale().getLanguage()) {
            case "fr" -> Language.FR;
            case "nl" -> Language.NL;
            default -> Language.EN;
        };
    }

    private static Locale numbersLocale() {
        return switch (language()) {
            case FR -> Locale.forLanguageTag("fr-BE");
            case NL -> Locale.forLanguageTag("nl-BE");
            case EN -> Locale.ENGLISH;
        };
    }
}
