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
 * broker.xml: {@code .ci/artemis/} holds the settings, and a test keeps them equal to these.
 */
@Configuration
public class BrokerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BrokerConfiguration.class);

    /** The addresses these settings apply to. */
    static final String PSYGATE_ADDRESSES = "psygate.#";
    static final int DEFAULT_MAX_DELIVERY_ATTEMPTS = 5;
    static final long DEFAULT_REDELIVERY_DELAY = 1000;

    @Bean
    ArtemisConfigurationCustomizer psygateBroker(
            @Value("${psygate.broker.acceptor:}") String acceptor,
            @Value("${psygate.broker.max-delivery-attempts:" + DEFAULT_MAX_DELIVERY_ATTEMPTS + "}") int attempts,
            @Value("${psygate.broker.redelivery-delay:" + DEFAULT_REDELIVERY_DELAY + "}") long delay) {
        return config -> {
            if (!acceptor.isBlank()) {
                try {
                    config.addAcceptorConfiguration("psygate-network", acceptor);
                    log.info("Artemis accepts network clients on {}", acceptor);
                } catch (Exception e) {
                    throw new IllegalStateException("Bad psygate.broker.acceptor " + acceptor, e);
                }
            }
            config.addAddressSetting(PSYGATE_ADDRESSES, psygateAddressSettings(attempts, delay));
        };
    }

    /**
     * Dead-letter queue {@code DLQ.<address>} on {@code DLA} and expiry queue {@code EXP.<address>} on {@code EXA},
     * both created when first needed; {@code attempts} deliveries, the first redelivery after {@code delay} ms, each
     * next one twice as late, at most 60 times {@code delay}.
     */
    static AddressSettings psygateAddressSettings(int attempts, long delay) {
        return new AddressSettings()
                .setDeadLetterAddress(SimpleString.of("DLA"))
                .setExpiryAddress(SimpleString.of("EXA"))
                .setAutoCreateDeadLetterResources(true)
                .setDeadLetterQueuePrefix(SimpleString.of("DLQ."))
                .setAutoCreateExpiryResources(true)
                .setExpiryQueuePrefix(SimpleString.of("EXP."))
                .setMaxDeliveryAttempts(attempts)
                .setRedeliveryDelay(delay)
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(delay * 60);
    }
}
