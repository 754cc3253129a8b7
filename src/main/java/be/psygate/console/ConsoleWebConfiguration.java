package be.psygate.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.util.List;
import java.util.Locale;

/**
 * The console speaks the browser's language when it is French, Dutch or English, and English otherwise, whatever the
 * server's own locale: the language a page is written in is then always one its {@code <html lang>} can name.
 */
@Configuration
public class ConsoleWebConfiguration {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl"));

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(LANGUAGES);
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }
}
