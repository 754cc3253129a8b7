package be.psygate.rules;

import java.util.Locale;

/**
 * The language a practice reads its answers in: the reasons of acknowledgements and statements are written in
 * French, Dutch or English. French unless the practice chose otherwise.
 */
public enum Language {
    FR(Locale.forLanguageTag("fr-BE")),
    NL(Locale.forLanguageTag("nl-BE")),
    EN(Locale.forLanguageTag("en-BE"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** Reads {@code fr}, {@code nl} or {@code en} in any case; null or blank means {@link #FR}. */
    public static Language parse(String text) {
        if (text == null || text.isBlank()) {
            return FR;
        }
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(text.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("Language must be fr, nl or en, got: " + text);
    }

    /** The lower-case code, as in the practice's settings: {@code fr}, {@code nl}, {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return locale;
    }
}
