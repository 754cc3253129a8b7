package be.psygate.ops;

import be.psygate.billing.BillingProperties;
import be.psygate.intake.IntakeSourceProperties;
import be.psygate.payments.PaymentsProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** A setting out of its bounds stops the start, naming the setting; application.yml's defaults start. */
class SettingsValidatedTest {

    private final ApplicationContextRunner settings = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Areas.class);

    @Test
    void theDefaultsOfApplicationYmlAreValid() {
        settings.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(IntakeSourceProperties.class).readLock()).isEqualTo("none");
            assertThat(context.getBean(PaymentsProperties.class).release()).isEqualTo(PaymentsProperties.Release.SETTLEMENT);
            assertThat(context.getBean(BillingProperties.class).deliveryThreads()).isEqualTo(3);
            assertThat(context.getBean(BrokerProperties.class).journalBufferTimeout()).isZero();
        });
    }

    @Test
    void aValueOutOfItsBoundsStopsTheStartAndNamesItsSetting() {
        settings.withPropertyValues("psygate.intake.read-lock=sometimes").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("psygate.intake")
                    .hasMessageContaining("readLock");
        });
        settings.withPropertyValues("psygate.billing.delivery-threads=0").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("deliveryThreads"));
        settings.withPropertyValues("psygate.payments.release=sometime").run(context ->
                assertThat(context).hasFailed());
        settings.withPropertyValues("psygate.broker.journal-buffer-timeout=2s").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("journal-buffer-timeout"));
        settings.withPropertyValues("psygate.broker.journal-buffer-timeout=-1ms").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("journal-buffer-timeout"));
    }

    @Test
    void aMissingSettingStopsTheStart() {
        settings.withPropertyValues("psygate.billing.cron=").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("cron"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({IntakeSourceProperties.class, BillingProperties.class, PaymentsProperties.class,
            BrokerProperties.class})
    static class Areas {
    }
}
