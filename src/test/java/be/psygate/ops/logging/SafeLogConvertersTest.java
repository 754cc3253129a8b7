package be.psygate.ops.logging;

import be.psygate.identity.TestIds;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The converters as the logging configuration wires them (the same conversion words as logback-spring.xml): a
 * library's message and an exception that quote a hostile file name come out masked and on lines of their own.
 */
class SafeLogConvertersTest {

    private static final String NISS = TestIds.niss("850712", 123, false);

    @Test
    void aLibrarysMessageAndExceptionQuotingAHostileNameAreMaskedAndCannotForgeALine() {
        LoggerContext context = new LoggerContext();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("m", SafeMessageConverter::new);
        layout.getInstanceConverterMap().put("wEx", SafeThrowableConverter::new);
        layout.setPattern("%-5level %m%n%wEx");
        layout.start();
        Logger logger = context.getLogger("org.apache.camel.component.file.remote.RemoteFileConsumer");
        String name = "practice/in/" + NISS + ".csv\nERROR forged entry";
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
                "Error processing file {}", new IllegalStateException("cannot move " + name), new Object[] {name});

        String line = layout.doLayout(event);

        assertThat(line).doesNotContain(NISS).contains("85.07.**-***.**")
                .startsWith("WARN  Error processing file practice/in/85.07.**-***.**.csv\n\tERROR forged entry")
                .contains("IllegalStateException: cannot move practice/in/85.07.**-***.**.csv\n\tERROR forged entry")
                .doesNotContain("\nERROR");
    }
}
