package be.psygate.ops;

import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnectorFactory;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may do what on the broker. Three roles: the gateway (everything, everywhere: it owns the broker), the
 * operators' read-only login (subscribe to the ops topic) and one role per insurer (read its own invoice queue, send
 * answers). Artemis applies the most specific match of an address alone, so every PsyGate match names the gateway
 * too. A standalone broker gets the same matches from {@code .ci/artemis/security-settings.xml}, its catch-all
 * {@code #} from {@code artemis create --role psygate-gateway}.
 */
public final class BrokerSecurity {

    public static final String GATEWAY_ROLE = "psygate-gateway";
    public static final String OPS_ROLE = "psygate-ops";
    /** Followed by the insurer id. */
    public static final String INSURER_ROLE_PREFIX = "psygate-insurer-";
    /** An insurer's invoice queue: this prefix and its id (the insurer directory's default JMS channel). */
    public static final String INSURER_QUEUE_PREFIX = "psygate.invoices.";
    static final String DEFAULT_GATEWAY_USER = "psygate";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BrokerProperties properties;
    private final String gatewayUser;
    private final String gatewayPassword;

    public BrokerSecurity(BrokerProperties properties) {
        this.properties = properties;
        BrokerProperties.Login gateway = properties.users().gateway();
        this.gatewayUser = gateway.isSet() ? gateway.user() : DEFAULT_GATEWAY_USER;
        this.gatewayPassword = gateway.password().isEmpty() ? randomSecret() : gateway.password();
    }

    /** The broker's role settings, the catch-all {@code #} included. */
    public Map<String, Set<Role>> securityRoles() {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        roles.put("#", Set.of(gateway()));
        roles.putAll(psygateSecurityRoles(properties.opsEvents(), properties.insurerReturns(),
                properties.users().insurers().stream().map(BrokerProperties.InsurerLogin::insurerId).toList()));
        return roles;
    }

    /**
     * The role settings of PsyGate's own addresses (what a standalone broker adds to the catch-all of
     * {@code artemis create}): the gateway everywhere under {@code psygate.#}; the ops role subscribes to the ops
     * topic (a subscription is a non-durable queue, which the client deletes when it leaves); each insurer's role
     * reads its invoice queue and sends to the answers queue.
     */
    static Map<String, Set<Role>> psygateSecurityRoles(String opsEvents, String insurerReturns,
                                                       List<String> insurerIds) {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        roles.put(BrokerConfiguration.PSYGATE_ADDRESSES, Set.of(gateway()));
        roles.put(opsEvents, Set.of(gateway(),
                role(OPS_ROLE, CheckType.CONSUME, CheckType.CREATE_NON_DURABLE_QUEUE, CheckType.DELETE_NON_DURABLE_QUEUE)));
        roles.put(insurerReturns, Stream.concat(Stream.of(gateway()),
                insurerIds.stream().map(id -> role(INSURER_ROLE_PREFIX + id, CheckType.SEND)))
                .collect(Collectors.toUnmodifiableSet()));
        for (String id : insurerIds) {
            roles.put(INSURER_QUEUE_PREFIX + id, Set.of(gateway(), role(INSURER_ROLE_PREFIX + id, CheckType.CONSUME)));
        }
        return roles;
    }

    /**
     * The broker's logins, in memory only (Artemis' in-VM login module: nothing written to disk, nothing logged).
     */
    public ActiveMQJAASSecurityManager securityManager() {
        SecurityConfiguration logins = new SecurityConfiguration();
        logins.addUser(gatewayUser, gatewayPassword);
        logins.addRole(gatewayUser, GATEWAY_ROLE);
        BrokerProperties.Login ops = properties.users().ops();
        if (ops.isSet()) {
            if (ops.password().isEmpty()) {
                throw new IllegalArgumentException("psygate.broker.users.ops needs a password");
            }
            logins.addUser(ops.user(), ops.password());
            logins.addRole(ops.user(), OPS_ROLE);
        }
        for (BrokerProperties.InsurerLogin insurer : properties.users().insurers()) {
            logins.addUser(insurer.user(), insurer.password());
            logins.addRole(insurer.user(), INSURER_ROLE_PREFIX + insurer.insurerId());
        }
        return new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), logins);
    }

    /**
     * Gives the gateway's login to a connection factory that reaches the embedded broker in-VM (one that goes over
     * the network has its own, {@code spring.artemis.user}). Returns whether it did.
     */
    public boolean logInVm(ActiveMQConnectionFactory factory) {
        TransportConfiguration[] connectors = factory.getStaticConnectors();
        boolean inVm = connectors != null && connectors.length > 0 && Arrays.stream(connectors)
                .allMatch(c -> InVMConnectorFactory.class.getName().equals(c.getFactoryClassName()));
        if (!inVm || factory.getUser() != null) {
            return false;
        }
        factory.setUser(gatewayUser);
        factory.setPassword(gatewayPassword);
        return true;
    }

    String gatewayUser() {
        return gatewayUser;
    }

    /** A secret for a login nobody is told: the gateway's own by default, the broker's unused cluster login. */
    static String randomSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Role gateway() {
        return role(GATEWAY_ROLE, CheckType.SEND, CheckType.CONSUME, CheckType.BROWSE, CheckType.CREATE_ADDRESS,
                CheckType.DELETE_ADDRESS, CheckType.CREATE_DURABLE_QUEUE, CheckType.DELETE_DURABLE_QUEUE,
                CheckType.CREATE_NON_DURABLE_QUEUE, CheckType.DELETE_NON_DURABLE_QUEUE, CheckType.MANAGE);
    }

    private static Role role(String name, CheckType first, CheckType... more) {
        Set<CheckType> allowed = EnumSet.of(first, more);
        Role role = new Role();
        role.setName(name);
        role.setSend(allowed.contains(CheckType.SEND));
        role.setConsume(allowed.contains(CheckType.CONSUME));
        role.setBrowse(allowed.contains(CheckType.BROWSE));
        role.setCreateAddress(allowed.contains(CheckType.CREATE_ADDRESS));
        role.setDeleteAddress(allowed.contains(CheckType.DELETE_ADDRESS));
        role.setCreateDurableQueue(allowed.contains(CheckType.CREATE_DURABLE_QUEUE));
        role.setDeleteDurableQueue(allowed.contains(CheckType.DELETE_DURABLE_QUEUE));
        role.setCreateNonDurableQueue(allowed.contains(CheckType.CREATE_NON_DURABLE_QUEUE));
        role.setDeleteNonDurableQueue(allowed.contains(CheckType.DELETE_NON_DURABLE_QUEUE));
        role.setManage(allowed.contains(CheckType.MANAGE));
        return role;
    }
}
