package be.psygate.ops;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.deployers.impl.FileConfigurationParser;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone broker of CI and production gets its PsyGate settings from {@code .ci/artemis/} (inserted in its
 * broker.xml by {@code .ci/artemis/configure}); the embedded broker gets them from {@link BrokerConfiguration}. Both
 * are read here the way Artemis reads them, and must say the same.
 */
class BrokerXmlMatchesEmbeddedBrokerTest {

    static final Path ARTEMIS = Path.of(".ci/artemis");

    @Test
    void theStandaloneBrokersAddressSettingsAreTheEmbeddedOnes() throws Exception {
        Configuration standalone = parse(ARTEMIS.resolve("address-settings.xml"), ARTEMIS.resolve("duplicate-detection.xml"));

        assertThat(standalone.getAddressSettings()).containsOnlyKeys(BrokerConfiguration.PSYGATE_ADDRESSES);
        AddressSettings fromXml = standalone.getAddressSettings().get(BrokerConfiguration.PSYGATE_ADDRESSES);
        AddressSettings embedded = BrokerConfiguration.psygateAddressSettings(
                BrokerConfiguration.DEFAULT_MAX_DELIVERY_ATTEMPTS, BrokerConfiguration.DEFAULT_REDELIVERY_DELAY);
        assertThat(fromXml).isEqualTo(embedded);
        assertThat(fromXml.getDeadLetterQueuePrefix().toString()).isEqualTo("DLQ.");
        assertThat(fromXml.getExpiryQueuePrefix().toString()).isEqualTo("EXP.");
    }

    @Test
    void theStandaloneBrokerDetectsDuplicatesAsTheEmbeddedOneDoes() throws Exception {
        Configuration standalone = parse(ARTEMIS.resolve("address-settings.xml"), ARTEMIS.resolve("duplicate-detection.xml"));
        Configuration embedded = new ConfigurationImpl();

        assertThat(standalone.getIDCacheSize()).isEqualTo(embedded.getIDCacheSize()).isPositive();
        assertThat(standalone.isPersistIDCache()).isEqualTo(embedded.isPersistIDCache()).isTrue();
    }

    @Test
    void theStandaloneBrokersRolesOnPsyGatesAddressesAreTheEmbeddedOnes() throws Exception {
        Configuration standalone = parse(ARTEMIS.resolve("address-settings.xml"), ARTEMIS.resolve("duplicate-detection.xml"));
        // insurer 200 is the one insurer of the directory that reads its invoices over the broker
        Map<String, Set<Role>> embedded = BrokerSecurity.psygateSecurityRoles("psygate.ops.events",
                "psygate.insurer-returns", List.of("200"));

        assertThat(standalone.getSecurityRoles()).isEqualTo(embedded);
    }

    @Test
    void theEmbeddedBrokersCatchAllGivesTheGatewayWhatArtemisCreateGivesItsRole() {
        BrokerProperties properties = new BrokerProperties("", 5, 1000L, "psygate.sessions.accepted", "psygate.ops.events",
                "psygate.billing.dead-letters", "psygate.insurer-returns",
                new BrokerProperties.Users(new BrokerProperties.Login("psygate", ""),
                        new BrokerProperties.Login("", ""), List.of()), null);

        Set<Role> catchAll = new BrokerSecurity(properties).securityRoles().get("#");

        // `artemis create --role psygate-gateway` gives its role every permission on "#" but view and edit
        assertThat(catchAll).singleElement().satisfies(role -> {
            assertThat(role.getName()).isEqualTo(BrokerSecurity.GATEWAY_ROLE);
            assertThat(List.of(role.isSend(), role.isConsume(), role.isBrowse(), role.isCreateAddress(),
                    role.isDeleteAddress(), role.isCreateDurableQueue(), role.isDeleteDurableQueue(),
                    role.isCreateNonDurableQueue(), role.isDeleteNonDurableQueue(), role.isManage()))
                    .containsOnly(true);
        });
    }

    /** The fragments placed where {@code configure} places them in broker.xml, read by Artemis' own parser. */
    private static Configuration parse(Path addressSettings, Path duplicateDetection) throws Exception {
        String core = "<core xmlns=\"urn:activemq:core\">\n"
                + Files.readString(duplicateDetection)
                + "<security-settings>\n" + Files.readString(ARTEMIS.resolve("security-settings.xml"))
                + "</security-settings>\n"
                + "<address-settings>\n" + Files.readString(addressSettings) + "</address-settings>\n"
                + "</core>\n";
        return new FileConfigurationParser().parseMainConfig(
                new ByteArrayInputStream(core.getBytes(StandardCharsets.UTF_8)));
    }
}
