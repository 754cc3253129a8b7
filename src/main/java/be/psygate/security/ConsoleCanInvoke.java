package be.psygate.security;

import be.psygate.security.ConsolePolicy.Access;
import be.psygate.security.ConsolePolicy.Role;
import io.hawt.jmx.JMXSecurityMBean;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import javax.management.openmbean.CompositeDataSupport;
import javax.management.openmbean.OpenDataException;
import javax.management.openmbean.TabularData;
import javax.management.openmbean.TabularDataSupport;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * The console's question "may this user invoke that?", answered from {@link ConsolePolicy} for the user of the
 * request, so that Hawtio greys out the buttons (stop a route, purge a queue...) Jolokia would refuse. Hawtio prefers
 * this MBean to its own, which says yes to everything. A hint for the screen only: {@link ConsoleRestrictor} decides.
 */
@Component
public class ConsoleCanInvoke implements JMXSecurityMBean {

    static final String NAME = "psygate:type=security,area=jmx,name=ConsolePolicy";
    private static final Logger log = LoggerFactory.getLogger(ConsoleCanInvoke.class);

    /** The JVM's own, where Jolokia, Camel and Artemis are. */
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private boolean registered;

    @PostConstruct
    void register() throws JMException {
        try {
            server.registerMBean(new StandardMBean(this, JMXSecurityMBean.class), new ObjectName(NAME));
            registered = true;
        } catch (InstanceAlreadyExistsException e) {
            // another application context in this JVM registered its own: it answers the same for the same user
            log.debug("{} already registered", NAME);
        }
    }

    @PreDestroy
    void unregister() throws JMException {
        if (registered) {
            server.unregisterMBean(new ObjectName(NAME));
        }
    }

    @Override
    public boolean canInvoke(String objectName) {
        ObjectName name = parse(objectName);
        return name != null && role() != Role.NONE && !ConsolePolicy.hidden(name);
    }

    @Override
    public boolean canInvoke(String objectName, String methodName) {
        ObjectName name = parse(objectName);
        return name != null && ConsolePolicy.decide(role(), Access.EXEC, name, methodName, true).allowed();
    }

    @Override
    public boolean canInvoke(String objectName, String methodName, String[] argumentTypes) {
        return canInvoke(objectName, methodName + "(" + String.join(",", argumentTypes) + ")");
    }

    @Override
    public TabularData canInvoke(Map<String, List<String>> bulkQuery) throws OpenDataException {
        TabularData answer = new TabularDataSupport(CAN_INVOKE_TABULAR_TYPE);
        for (Map.Entry<String, List<String>> query : bulkQuery.entrySet()) {
            if (query.getValue() == null || query.getValue().isEmpty()) {
                answer.put(row(query.getKey(), "", canInvoke(query.getKey())));
            } else {
                for (String method : query.getValue()) {
                    answer.put(row(query.getKey(), method, canInvoke(query.getKey(), method)));
                }
            }
        }
        return answer;
    }

    private static CompositeDataSupport row(String objectName, String method, boolean allowed)
            throws OpenDataException {
        return new CompositeDataSupport(CAN_INVOKE_RESULT_ROW_TYPE, CAN_INVOKE_RESULT_COLUMNS,
                new Object[] {objectName, method, allowed});
    }

    private static ObjectName parse(String objectName) {
        try {
            return new ObjectName(objectName);
        } catch (MalformedObjectNameException | NullPointerException e) {
            return null;
        }
    }

    private static Role role() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? Role.NONE
                : ConsolePolicy.roleOf(who.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }
}
