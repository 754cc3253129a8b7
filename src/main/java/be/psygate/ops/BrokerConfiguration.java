package be.psygate.ops;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.SingleConnectionFactory;

/**
 * The embedded Artemis broker as the operators expect it: for every PsyGate address a dead-letter queue
 * ({@code DLQ.<address>}) and an expiry queue ({@code EXP.<address>}), redelivery with backoff; security on, with the
 * logins and roles of {@link BrokerSecurity} (the gateway's own connection logs in in-VM with its own credentials);
 * and, only when {@code psygate.broker.acceptor} is set (the demo: {@code tcp://127.0.0.1:61616}), a network acceptor
 * for external consumers and insurers, where every client must log in. A standalone broker is configured the same way
 * in its broker.xml: {@code .ci/artemis/} holds the settings, and a test keeps them equal to these.
 */
@Configuration
public class BrokerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BrokerConfiguration.class);

    /** The addresses these settings apply to. */
    static final String PSYGATE_ADDRESSES = "psygate.#";
    static final int DEFAULT_MAX_DELIVERY_ATTEMPTS = 5;
    static final long DEFAULT_REDELIVERY_DELAY = 1000;

    @Bean
    BrokerSecurity brokerSecurity(BrokerProperties properties) {
        return new BrokerSecurity(properties);
    }

    @Bean
    ArtemisConfigurationCustomizer psygateBroker(BrokerProperties properties, BrokerSecurity security) {
        return config -> {
            String acceptor = properties.acceptor();
            if (!acceptor.isEmpty()) {
                try {
                    config.addAcceptorConfiguration("psygate-network", acceptor);
                    log.info("Artemis accepts network clients on {}, after they log in", acceptor);
                } catch (Exception e) {
                    throw new IllegalStateException("Bad psygate.broker.acceptor " + acceptor, e);
                }
            }
            config.addAddressSetting(PSYGATE_ADDRESSES,
                    psygateAddressSettings(properties.maxDeliveryAttempts(), properties.redeliveryDelay()));
            // whichever journal the broker ends up with (NIO, or ASYNCIO where libaio is installed)
            int bufferTimeout = (int) properties.journalBufferTimeout().toNanos();
            config.setJournalBufferTimeout_NIO(bufferTimeout);
            config.setJournalBufferTimeout_AIO(bufferTimeout);
            config.setSecurityEnabled(true);
            config.setSecurityRoles(security.securityRoles());
            // the cluster login bypasses every role and has a well-known default password; no cluster here: nobody's
            config.setClusterUser("psygate-cluster-" + BrokerSecurity.randomSecret());
            config.setClusterPassword(BrokerSecurity.randomSecret());
        };
    }

    /**
     * The broker's logins handed to the embedded broker before it starts, and the gateway's login to the connection
     * factory that reaches it in-VM (Spring Boot gives an embedded broker's factory none). The factory, embedded or
     * standalone, keeps the destinations its sessions looked up.
     */
    @Bean
    static BeanPostProcessor brokerLogins(ObjectProvider<BrokerSecurity> security) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof EmbeddedActiveMQ broker) {
                    broker.setSecurityManager(security.getObject().securityManager());
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                ConnectionFactory target = bean instanceof SingleConnectionFactory single
                        ? single.getTargetConnectionFactory() : bean instanceof ConnectionFactory f ? f : null;
                if (target instanceof ActiveMQConnectionFactory artemis) {
                    // a queue or topic named in a send is looked up once a session, not asked of the broker (a
                    // round trip) at every send: Camel's JMS endpoints resolve their destination by name each time
                    artemis.setCacheDestinations(true);
                    if (security.getObject().logInVm(artemis)) {
                        log.info("The gateway logs in to its embedded broker as {}", security.getObject().gatewayUser());
                    }
                }
                return bean;
            }
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
