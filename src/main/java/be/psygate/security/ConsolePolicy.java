package be.psygate.security;

import javax.management.ObjectName;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the console (Hawtio, through Jolokia) may do for whom, decided on the request as Jolokia parsed it, MBean by
 * MBean and operation by operation, by {@link ConsoleRestrictor}.
 *
 * <ul>
 *   <li>Nobody: the JVM's diagnostic and class-loading MBeans ({@code com.sun.management}: {@code DiagnosticCommand}
 *   loads agents, {@code HotSpotDiagnostic} dumps the heap, which holds patients' NISS and passwords, to any file;
 *   {@code javax.management.loading}: MLet; {@code jdk.management.jfr}: recordings to files) are hidden and refused;
 *   an operation whose name speaks of agents, classes, heaps, files or URLs is refused on any MBean; no attribute is
 *   written (nothing the operators do needs it); no operation runs from a {@code GET}.</li>
 *   <li>{@link Role#OPS}: reads a named list of MBeans (Camel contexts, routes and consumers; Artemis addresses and
 *   queues, their counts only; {@code java.lang} memory, threading and runtime basics) and runs the operations that
 *   only show statistics or a route's definition; nothing that changes anything or shows a message.</li>
 *   <li>{@link Role#ADMIN}: reads everything else too, and runs what README's "Operating the gateway" lists: stop,
 *   start, suspend, resume a Camel route; purge, move, retry and browse the messages of an Artemis queue.</li>
 * </ul>
 */
final class ConsolePolicy {

    /** Who asks, from the Spring Security authorities of the request. */
    enum Role { ADMIN, OPS, NONE }

    /** What is asked of an MBean. */
    enum Access { READ, WRITE, EXEC }

    /** The answer, with why, as the audit shows it. */
    record Verdict(boolean allowed, String reason) {
        static Verdict allow(String reason) {
            return new Verdict(true, reason);
        }

        static Verdict refuse(String reason) {
            return new Verdict(false, reason);
        }
    }

    private static final String CAMEL = "org.apache.camel";
    private static final String ARTEMIS = "org.apache.activemq.artemis";
    private static final String HAWTIO = "hawtio";

    /** Whole domains nobody reaches through the console: they run code, load classes or write files. */
    private static final Set<String> FORBIDDEN_DOMAINS = Set.of("com.sun.management", "javax.management.loading",
            "jdk.management.jfr");
    /** Operation names refused on any MBean, whatever the role. */
    private static final Pattern FORBIDDEN_OPERATION = Pattern.compile(
            "(?i).*(agent|heap|vmoption|class|jar|file|url|script|jfr|load).*");

    private static final Set<String> CAMEL_OPS_TYPES = Set.of("context", "routes", "consumers");
    private static final Set<String> JAVA_LANG_OPS_TYPES = Set.of("Memory", "Threading", "Runtime");
    /** The runtime's attributes an ops user reads: not its system properties or arguments, which may hold secrets. */
    private static final Set<String> RUNTIME_BASICS = Set.of("Uptime", "StartTime", "Name", "Pid", "VmName",
            "VmVendor", "VmVersion", "SpecName", "SpecVendor", "SpecVersion", "ManagementSpecVersion");
    /** Artemis attributes that count or name, never show, messages. */
    private static final Pattern ARTEMIS_COUNT = Pattern.compile(
            ".*(Count|Size|Added|Acknowledged|Expired|Killed)|Name|Address|RoutingType|RoutingTypes|QueueNames"
                    + "|AddressNames|AllQueueNames|Paused|Durable|Temporary|Version|NumberOfMessages");

    /** Statistics of routes and contexts, as the console's route diagrams poll them. */
    private static final Pattern CAMEL_STATISTICS = Pattern.compile("dump\\w*StatsAs(Xml|Json)");
    /** A route's definition, placeholders unresolved (resolving them would show the passwords they stand for). */
    private static final Set<String> CAMEL_DEFINITION = Set.of("dumpRouteAsXml()", "dumpRoutesAsXml()",
            "dumpRouteAsYaml()", "dumpRoutesAsYaml()");
    /** Any dump of a route or context, placeholders resolved or not: the admin role reads everything. */
    private static final Pattern CAMEL_DUMP = Pattern.compile("dump\\w*As(Xml|Yaml|Json)");
    private static final Set<String> ARTEMIS_COUNTS = Set.of("countMessages", "countDeliveringMessages");

    private static final Set<String> ROUTE_CONTROL = Set.of("start", "stop", "suspend", "resume");
    private static final Set<String> QUEUE_PURGE_MOVE_RETRY = Set.of("removeAllMessages", "removeMessages",
            "removeMessage", "moveMessage", "moveMessages", "retryMessage", "retryMessages");
    private static final Set<String> QUEUE_BROWSE = Set.of("browse", "listMessages", "listMessagesAsJSON",
            "listScheduledMessages", "listScheduledMessagesAsJSON", "listDeliveringMessages",
            "listDeliveringMessagesAsJSON");

    private ConsolePolicy() {
    }

    /** Whether the MBean is left out of the console's lists and searches, for everybody. */
    static boolean hidden(ObjectName name) {
        return name != null && FORBIDDEN_DOMAINS.contains(name.getDomain());
    }

    /**
     * @param member the attribute (read, write) or the operation as the request names it ({@code stop},
     *               {@code stop()}, {@code moveMessages(java.lang.String,java.lang.String)})
     * @param byPost whether the request came as a {@code POST}
     */
    static Verdict decide(Role role, Access access, ObjectName name, String member, boolean byPost) {
        if (role == Role.NONE) {
            return Verdict.refuse("no console role");
        }
        if (name == null || hidden(name)) {
            return Verdict.refuse("MBean closed to the console");
        }
        return switch (access) {
            case READ -> read(role, name, member);
            case WRITE -> Verdict.refuse("the console writes no attribute");
            case EXEC -> exec(role, name, member == null ? "" : member, byPost);
        };
    }

    /** Whether an allowed operation only reads, so that it is not one of the console's changes. */
    static boolean readOnly(ObjectName name, String operation) {
        String op = operation == null ? "" : operation;
        return isHawtioSecurityQuery(name, op) || showsStatisticsOrDefinition(name, op)
                || (queue(name) && ARTEMIS_COUNTS.contains(nameOf(op)));
    }

    private static Verdict read(Role role, ObjectName name, String attribute) {
        if (role == Role.ADMIN || opsMayRead(name, attribute)) {
            return Verdict.allow("read");
        }
        return Verdict.refuse("not among the MBeans and attributes the ops role reads");
    }

    private static Verdict exec(Role role, ObjectName name, String operation, boolean byPost) {
        String op = nameOf(operation);
        if (!byPost) {
            return Verdict.refuse("operations only by POST");
        }
        if (FORBIDDEN_OPERATION.matcher(op).matches()) {
            return Verdict.refuse("operation closed to the console");
        }
        if (readOnly(name, operation)) {
            return Verdict.allow("read-only operation");
        }
        if (role != Role.ADMIN) {
            return Verdict.refuse("the console's changes and message contents need the admin role");
        }
        if (name.isPattern()) {
            // one route or queue at a time: a pattern would stop every route or purge every queue in one request
            return Verdict.refuse("a change names one MBean, not a pattern");
        }
        if (camel(name, Set.of("routes")) && ROUTE_CONTROL.contains(op)) {
            return Verdict.allow("route control");
        }
        if (camel(name, Set.of("routes", "context")) && CAMEL_DUMP.matcher(op).matches()) {
            return Verdict.allow("route definition");
        }
        if (queue(name) && QUEUE_PURGE_MOVE_RETRY.contains(op)) {
            return Verdict.allow("queue purge, move or retry");
        }
        if (queue(name) && QUEUE_BROWSE.contains(op)) {
            return Verdict.allow("queue browse");
        }
        return Verdict.refuse("not among the console's operations");
    }

    private static boolean opsMayRead(ObjectName name, String attribute) {
        if (camel(name, CAMEL_OPS_TYPES)) {
            return true;
        }
        if (ARTEMIS.equals(name.getDomain()) && (key(name, "component") == null
                || "addresses".equals(key(name, "component")))) {
            return attribute != null && ARTEMIS_COUNT.matcher(attribute).matches();
        }
        if ("java.lang".equals(name.getDomain()) && JAVA_LANG_OPS_TYPES.contains(key(name, "type"))) {
            return !"Runtime".equals(key(name, "type")) || RUNTIME_BASICS.contains(attribute);
        }
        return false;
    }

    private static boolean showsStatisticsOrDefinition(ObjectName name, String operation) {
        return camel(name, Set.of("routes", "context"))
                && (CAMEL_STATISTICS.matcher(nameOf(operation)).matches() || CAMEL_DEFINITION.contains(operation));
    }

    /**
     * Hawtio's questions about the tree of MBeans (its RBAC registry's list, what Jolokia's own list shows) and about
     * what the user may invoke ({@code canInvoke}): reads.
     */
    private static boolean isHawtioSecurityQuery(ObjectName name, String operation) {
        if (!(HAWTIO.equals(name.getDomain()) || "psygate".equals(name.getDomain()))
                || !"security".equals(key(name, "type"))) {
            return false;
        }
        String op = nameOf(operation);
        return ("RBACRegistry".equals(key(name, "name")) && "list".equals(op))
                || ("jmx".equals(key(name, "area")) && "canInvoke".equals(op));
    }

    private static boolean camel(ObjectName name, Set<String> types) {
        return CAMEL.equals(name.getDomain()) && types.contains(key(name, "type"));
    }

    private static boolean queue(ObjectName name) {
        return ARTEMIS.equals(name.getDomain()) && "addresses".equals(key(name, "component"))
                && "queues".equals(key(name, "subcomponent"));
    }

    private static String key(ObjectName name, String key) {
        String value = name.getKeyProperty(key);
        if (value != null && value.length() > 1 && value.startsWith("\"")) {
            return ObjectName.unquote(value);
        }
        return value;
    }

    /** The operation's name without its signature. */
    static String nameOf(String operation) {
        int paren = operation.indexOf('(');
        return (paren < 0 ? operation : operation.substring(0, paren)).strip();
    }

    static Role roleOf(Iterable<String> authorities) {
        Role role = Role.NONE;
        for (String a : authorities) {
            if ("ROLE_ADMIN".equals(a)) {
                return Role.ADMIN;
            }
            if ("ROLE_OPS".equals(a)) {
                role = Role.OPS;
            }
        }
        return role;
    }

    static String describe(Access access, ObjectName name, String member) {
        return "console " + access.name().toLowerCase(Locale.ROOT) + " " + (name == null ? "?" : name.getCanonicalName())
                + " " + member;
    }
}
