package be.psygate.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web console's pages ({@code psygate.console.*}).
 *
 * @param pageSize the rows one page of a list shows (files, lines); the rest is a page further
 */
@ConfigurationProperties("psygate.console")
public record ConsoleProperties(int pageSize) {

    public ConsoleProperties {
        if (pageSize < 1) {
            throw new IllegalArgumentException("psygate.console.page-size must be 1 or more, got " + pageSize);
        }
    }
}
