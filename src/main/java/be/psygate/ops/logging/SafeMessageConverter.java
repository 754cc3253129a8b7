package be.psygate.ops.logging;

import be.psygate.identity.SafeText;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %m}) of every logger, the gateway's and its libraries' (Camel's and MINA's warnings name
 * files and users that a practice chose), with national numbers masked and control characters neutralised
 * ({@link SafeText#forLog}).
 */
public class SafeMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return SafeText.forLog(super.convert(event));
    }
}
