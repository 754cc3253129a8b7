package be.psygate.ops;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Artemis broker as the operators expect it: for every PsyGate address a dead-letter queue
 * ({@code DLQ.<address>}) and an expiry queue ({@code EXP.<address>}), redelivery with backoff, and, when
 * {@code psygate.broker.acceptor} is set (default {@code tcp://127.0.0.1:61616}), a network acceptor (core, AMQP,
 * OpenWire, STOMP) for external consumers and insurers. A standalone broker is configured the same way in its
 * broker.xml.
 */
@Configuration
public class BrokerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BrokerConfiguration.class);

    @Bean
    ArtemisConfigurationCustomizer psygateBroker(@Value("${psygate.broker.acceptor:}") String acceptor,
                                                 @Value("${psygate.broker.max-delivery-attempts:5}") int attempts,
                                                 @Value("${psygate.broker.redelivery-delay:1000}") long delay) {
        return config -> {
            if (!acceptor.isBlank()) {
                try {
                    config.addAcceptorConfiguration("psygate-network", acceptor);
                    log.info("Artemis accepts network clients on {}", acceptor);
                } catch (Exception e) {
                    throw new IllegalStateException("Bad psygate.broker.acceptor " + acceptor, e);
                }
            }
            config.addAddressSetting("psygate.#", new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of("DLA"))
                    .setExpiryAddress(SimpleString.of("EXA"))
                    .setAutoCreateDeadLetterResources(true)
                    .setDeadLetterQueuePrefix(SimpleString.of("DLQ."))
                    .setAutoCreateExpiryResources(true)
                    .setExpiryQueuePrefix(SimpleString.of("EXP."))
                    .setMaxDeliveryAttempts(attempts)
                    .setRedeliveryDelay(delay)
                    .setRedeliveryMultiplier(2.0)
                    .setMaxRedeliveryDelay(delay * 60));
        };
    }
}
