package be.psygate.security;

import be.psygate.support.GatewayTest;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console under Jolokia's own policy (issue "Security"): whatever the way a request is written (an encoded type,
 * {@code ?p=}, a bulk POST), an ops user reads and changes nothing; an admin runs the operators' operations by POST
 * only; nobody loads an agent or dumps the heap; every console change, and every refusal, is in the audit.
 */
class ConsoleAccessTest extends GatewayTest {

    private static final String ROUTE_ID = "payment-schedule";
    private static final String ROUTE = "org.apache.camel:context=psygate,type=routes,name=\"" + ROUTE_ID + "\"";
    /** The route's MBean as a Jolokia GET path names it. */
    private static final String ROUTE_IN_PATH = "org.apache.camel:context=psygate,type=routes,name=%22" + ROUTE_ID + "%22";

    @Autowired
    CamelContext camel;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void routeStartedAgain() throws Exception {
        if (!camel.getRouteController().getRouteStatus(ROUTE_ID).isStarted()) {
            camel.getRouteController().startRoute(ROUTE_ID);
        }
    }

    @Test
    void anOpsUserCannotStopARouteWhateverTheWayTheRequestIsWritten() throws Exception {
        assertThat(get("ops", "/actuator/jolokia/%65xec/" + ROUTE_IN_PATH + "/stop()")).contains("\"status\":403");
        assertThat(get("ops", "/actuator/jolokia/?p=/exec/" + ROUTE_IN_PATH + "/stop()")).contains("\"status\":403");
        assertThat(post("ops", exec(ROUTE, "stop()"))).contains("\"status\":403");
        assertThat(post("ops", "[" + read(ROUTE, "ExchangesTotal") + "," + exec(ROUTE, "stop()") + "]"))
                .contains("\"status\":403");
        assertThat(camel.getRouteController().getRouteStatus(ROUTE_ID)).isEqualTo(ServiceStatus.Started);

        // reading the route's statistics is what the ops role is for
        String stats = get("ops", "/actuator/jolokia/read/" + ROUTE_IN_PATH + "/ExchangesTotal");
        assertThat(stats).contains("\"status\":200");
    }

    @Test
    void nobodyWritesAnAttributeEvenWithAnEncodedType() throws Exception {
        boolean verbose = ManagementFactory.getMemoryMXBean().isVerbose();
        assertThat(get("ops", "/actuator/jolokia/%77rite/java.lang:type=Memory/Verbose/" + !verbose))
                .contains("\"status\":403");
        assertThat(post("admin", "{\"type\":\"write\",\"mbean\":\"java.lang:type=Memory\",\"attribute\":\"Verbose\","
                + "\"value\":" + !verbose + "}")).contains("\"status\":403");
        assertThat(ManagementFactory.getMemoryMXBean().isVerbose()).isEqualTo(verbose);
    }

    @Test
    void nobodyLoadsAnAgentOrDumpsTheHeap() throws Exception {
        Path dump = Files.createTempDirectory("psygate-console-").resolve("heap.hprof");
        Path agent = Files.createTempFile("psygate-agent-", ".jar");
        for (String user : List.of("ops", "admin")) {
            assertThat(post(user, "{\"type\":\"exec\",\"mbean\":\"com.sun.management:type=DiagnosticCommand\","
                    + "\"operation\":\"jvmtiAgentLoad\",\"arguments\":[[\"" + agent + "\"]]}"))
                    .contains("\"status\":403");
            assertThat(post(user, "{\"type\":\"exec\",\"mbean\":\"com.sun.management:type=HotSpotDiagnostic\","
                    + "\"operation\":\"dumpHeap(java.lang.String,boolean)\",\"arguments\":[\"" + dump + "\",true]}"))
                    .contains("\"status\":403");
            assertThat(get(user, "/actuator/jolokia/exec/com.sun.management:type=HotSpotDiagnostic/dumpHeap/"
                    + dump.toString().replace("/", "!/") + "/true")).contains("\"status\":403");
        }
        assertThat(dump).doesNotExist();
        Files.delete(agent);
        Files.delete(dump.getParent());
        // nor do they show in the console's tree
        assertThat(post("admin", "{\"type\":\"search\",\"mbean\":\"com.sun.management:*\"}"))
                .doesNotContain("DiagnosticCommand").doesNotContain("HotSpotDiagnostic");
    }

    @Test
    void anAdminStopsAndStartsARouteByPostOnlyAndEachActionIsAudited() throws Exception {
        assertThat(get("admin", "/actuator/jolokia/exec/" + ROUTE_IN_PATH + "/stop()")).contains("\"status\":403");
        assertThat(camel.getRouteController().getRouteStatus(ROUTE_ID)).isEqualTo(ServiceStatus.Started);

        assertThat(post("admin", exec(ROUTE, "stop()"))).contains("\"status\":200");
        assertThat(camel.getRouteController().getRouteStatus(ROUTE_ID)).isEqualTo(ServiceStatus.Stopped);
        assertThat(post("admin", exec(ROUTE, "start()"))).contains("\"status\":200");
        assertThat(camel.getRouteController().getRouteStatus(ROUTE_ID)).isEqualTo(ServiceStatus.Started);
        // an operation the operators' list does not name stays closed to the admin too
        assertThat(post("admin", exec("java.lang:type=Memory", "gc()"))).contains("\"status\":403");
        assertThat(post("ops", exec(ROUTE, "suspend()"))).contains("\"status\":403");

        List<Map<String, Object>> audit = rest.withBasicAuth("ops", "ops")
                .exchange("/api/audit?limit=20", HttpMethod.GET, null, LIST).getBody();
        assertThat(audit).isNotNull();
        assertThat(audit.subList(0, 5)).satisfiesExactly(
                a -> assertAction(a, "ops", "POST", "suspend()", 403),
                a -> assertAction(a, "admin", "POST", "java.lang:type=Memory gc()", 403),
                a -> assertAction(a, "admin", "POST", "start()", 200),
                a -> assertAction(a, "admin", "POST", "stop()", 200),
                a -> assertAction(a, "admin", "GET", "stop()", 403));
    }

    @Test
    void theConsoleIsToldWhatEachUserMayInvokeSoThatItGreysOutTheRest() throws Exception {
        String ask = "{\"type\":\"exec\",\"mbean\":\"" + ConsoleCanInvoke.NAME + "\",\"operation\":"
                + "\"canInvoke(java.lang.String,java.lang.String)\",\"arguments\":[\"" + ROUTE.replace("\"", "\\\"")
                + "\",\"%s\"]}";
        assertThat(post("ops", ask.formatted("stop()"))).contains("\"value\":false");
        assertThat(post("ops", ask.formatted("dumpRouteAsXml()"))).contains("\"value\":true");
        assertThat(post("admin", ask.formatted("stop()"))).contains("\"value\":true");
        // the console finds it where it looks for such an MBean
        assertThat(post("ops", "{\"type\":\"search\",\"mbean\":\"*:type=security,area=jmx,*\"}"))
                .contains(ConsoleCanInvoke.NAME);
    }

    private static void assertAction(Map<String, Object> action, String actor, String method, String what, int status) {
        assertThat(action).containsEntry("actor", actor).containsEntry("method", method).containsEntry("status", status);
        assertThat((String) action.get("summary")).startsWith("console exec").contains(what);
        if (what.endsWith("stop()") || what.endsWith("start()") || what.endsWith("suspend()")) {
            assertThat((String) action.get("summary")).contains(ROUTE_ID);
        }
    }

    private static String exec(String mbean, String operation) {
        return "{\"type\":\"exec\",\"mbean\":\"" + mbean.replace("\"", "\\\"") + "\",\"operation\":\"" + operation
                + "\"}";
    }

    private static String read(String mbean, String attribute) {
        return "{\"type\":\"read\",\"mbean\":\"" + mbean.replace("\"", "\\\"") + "\",\"attribute\":\"" + attribute
                + "\"}";
    }

    private String get(String user, String rawPath) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPath))
                .header("Authorization", basic(user)).GET().build();
        return send(request);
    }

    private String post(String user, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/jolokia"))
                .header("Authorization", basic(user)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request);
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
