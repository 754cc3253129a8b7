package be.psygate.security;

import be.psygate.security.ConsolePolicy.Access;
import be.psygate.security.ConsolePolicy.Role;
import org.junit.jupiter.api.Test;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's policy, rule by rule, as Jolokia's restrictor applies it (issue "Security"). */
class ConsolePolicyTest {

    private static final String ROUTE = "org.apache.camel:context=psygate,type=routes,name=\"billing-run\"";
    private static final String QUEUE = "org.apache.activemq.artemis:broker=\"localhost\",component=addresses,"
            + "address=\"psygate.invoices.200\",subcomponent=queues,routing-type=\"anycast\","
            + "queue=\"psygate.invoices.200\"";

    @Test
    void theJvmsDiagnosticAndClassLoadingMBeansAreClosedToEveryone() {
        for (Role role : List.of(Role.OPS, Role.ADMIN)) {
            assertThat(exec(role, "com.sun.management:type=DiagnosticCommand", "jvmtiAgentLoad")).isFalse();
            assertThat(exec(role, "com.sun.management:type=HotSpotDiagnostic", "dumpHeap(java.lang.String,boolean)"))
                    .isFalse();
            assertThat(exec(role, "com.sun.management:type=HotSpotDiagnostic", "setVMOption")).isFalse();
            assertThat(exec(role, "javax.management.loading:type=MLet", "getMBeansFromURL")).isFalse();
            assertThat(exec(role, "jdk.management.jfr:type=FlightRecorder", "copyTo")).isFalse();
            assertThat(read(role, "com.sun.management:type=HotSpotDiagnostic", "DiagnosticOptions")).isFalse();
            // an operation that loads or writes is refused wherever it is offered
            assertThat(exec(role, QUEUE, "loadClass")).isFalse();
            assertThat(exec(role, ROUTE, "dumpRouteToFile")).isFalse();
        }
        assertThat(ConsolePolicy.hidden(name("com.sun.management:type=DiagnosticCommand"))).isTrue();
        assertThat(ConsolePolicy.hidden(name(ROUTE))).isFalse();
    }

    @Test
    void opsReadsTheNamedMBeansAndRunsOnlyWhatReads() {
        assertThat(read(Role.OPS, ROUTE, "ExchangesTotal")).isTrue();
        assertThat(read(Role.OPS, "org.apache.camel:context=psygate,type=context,name=\"psygate\"", "Uptime"))
                .isTrue();
        assertThat(read(Role.OPS, QUEUE, "MessageCount")).isTrue();
        assertThat(read(Role.OPS, QUEUE, "FirstMessageAsJSON")).isFalse();
        assertThat(read(Role.OPS, "java.lang:type=Memory", "HeapMemoryUsage")).isTrue();
        assertThat(read(Role.OPS, "java.lang:type=Runtime", "Uptime")).isTrue();
        assertThat(read(Role.OPS, "java.lang:type=Runtime", "SystemProperties")).isFalse();
        assertThat(read(Role.OPS, "java.lang:type=Runtime", "InputArguments")).isFalse();
        assertThat(read(Role.OPS, "org.apache.camel:context=psygate,type=endpoints,name=\"x\"", "EndpointUri"))
                .isFalse();

        assertThat(exec(Role.OPS, ROUTE, "dumpRouteStatsAsXml(boolean,boolean)")).isTrue();
        assertThat(exec(Role.OPS, ROUTE, "dumpRouteAsXml()")).isTrue();
        // resolving the placeholders would show the passwords they stand for
        assertThat(exec(Role.OPS, ROUTE, "dumpRouteAsXml(boolean)")).isFalse();
        assertThat(exec(Role.OPS, QUEUE, "countMessages()")).isTrue();
        assertExec(Role.OPS, ROUTE, false, "stop()", "start", "suspend()", "resume()");
        assertExec(Role.OPS, QUEUE, false, "browse()", "listMessagesAsJSON(java.lang.String)", "removeAllMessages()",
                "moveMessages(java.lang.String,java.lang.String)", "retryMessages()");
        assertThat(exec(Role.OPS, "java.lang:type=Memory", "gc()")).isFalse();
        // what the console asks before drawing its tree and buttons
        assertThat(exec(Role.OPS, "hawtio:type=security,area=jmx,name=HawtioDummyJMXSecurity",
                "canInvoke(java.lang.String)")).isTrue();
        assertThat(exec(Role.OPS, "hawtio:type=security,name=RBACRegistry", "list()")).isTrue();
    }

    @Test
    void adminRunsTheOperatorsOperationsByPostAndNothingElse() {
        assertExec(Role.ADMIN, ROUTE, true, "stop()", "start()", "suspend()", "resume()", "stop(long)");
        assertExec(Role.ADMIN, QUEUE, true, "browse()", "listMessagesAsJSON(java.lang.String)", "removeAllMessages()",
                "removeMessages(java.lang.String)", "moveMessages(java.lang.String,java.lang.String)",
                "retryMessages()", "retryMessage(long)");
        assertThat(exec(Role.ADMIN, "org.apache.camel:context=psygate,type=routes,*", "stop()")).isFalse();
        assertThat(exec(Role.ADMIN, "org.apache.activemq.artemis:component=addresses,subcomponent=queues,*",
                "removeAllMessages()")).isFalse();
        assertThat(exec(Role.ADMIN, "*:type=DiagnosticCommand", "vmSystemProperties()")).isFalse();
        assertThat(read(Role.ADMIN, "java.lang:type=Runtime", "SystemProperties")).isTrue();
        assertThat(exec(Role.ADMIN, "java.lang:type=Memory", "gc()")).isFalse();
        assertThat(exec(Role.ADMIN, QUEUE, "sendMessage")).isFalse();
        assertThat(exec(Role.ADMIN, "org.apache.camel:context=psygate,type=context,name=\"psygate\"",
                "addOrUpdateRoutesFromXml(java.lang.String)")).isFalse();
        assertThat(ConsolePolicy.decide(Role.ADMIN, Access.WRITE, name("java.lang:type=Memory"), "Verbose", true)
                .allowed()).isFalse();
        // by GET, nothing runs
        assertThat(ConsolePolicy.decide(Role.ADMIN, Access.EXEC, name(ROUTE), "stop()", false).allowed()).isFalse();
        assertThat(ConsolePolicy.decide(Role.NONE, Access.READ, name(ROUTE), "ExchangesTotal", false).allowed())
                .isFalse();
    }

    @Test
    void theRoleIsTheHighestOfTheUsersAuthorities() {
        assertThat(ConsolePolicy.roleOf(List.of("ROLE_OPS", "ROLE_ADMIN"))).isEqualTo(Role.ADMIN);
        assertThat(ConsolePolicy.roleOf(List.of("ROLE_OPS"))).isEqualTo(Role.OPS);
        assertThat(ConsolePolicy.roleOf(List.of("ROLE_PRACTICE"))).isEqualTo(Role.NONE);
    }

    private static boolean exec(Role role, String mbean, String operation) {
        return ConsolePolicy.decide(role, Access.EXEC, name(mbean), operation, true).allowed();
    }

    /** Each operation is allowed to the role on the MBean, or each is refused. */
    private static void assertExec(Role role, String mbean, boolean allowed, String... operations) {
        for (String operation : operations) {
            assertThat(exec(role, mbean, operation)).as(operation).isEqualTo(allowed);
        }
    }

    private static boolean read(Role role, String mbean, String attribute) {
        return ConsolePolicy.decide(role, Access.READ, name(mbean), attribute, false).allowed();
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(name, e);
        }
    }
}
