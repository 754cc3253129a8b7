package be.psygate.ops.logging;

import be.psygate.identity.SafeText;
import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * A logged exception ({@code %wEx}) as Spring Boot writes it, with national numbers masked and control characters
 * neutralised in its messages ({@link SafeText#forLog}): an exception's message may quote a file name.
 */
public class SafeThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return SafeText.forLog(super.throwableProxyToString(tp));
    }
}
