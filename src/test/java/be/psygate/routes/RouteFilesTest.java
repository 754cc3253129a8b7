package be.psygate.routes;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * routes/ as the flow itself: the SFTP endpoints and their options are written in the templates alone, each option
 * once per template, and the ops topic is published to by the ops-event route alone.
 */
class RouteFilesTest {

    private static final Path ROUTES = Path.of("routes");
    private static final List<String> SFTP_OPTIONS = List.of("username", "password", "knownHostsFile",
            "strictHostKeyChecking", "useUserKnownHostsFile", "binary", "stepwise", "disconnect", "tempFileName",
            "recursive", "readLock", "psygate.intake.host", "psygate.billing.sftp.host");

    @Test
    void noRouteFileButTheTemplatesWritesAnSftpEndpointOrOption() throws IOException {
        Map<String, String> files = routeFiles();
        assertThat(files).containsKeys("templates.yaml", "intake.yaml", "billing.yaml", "returns.yaml",
                "payments.yaml", "ops.yaml", "simulated-insurer.yaml");
        files.forEach((name, text) -> {
            if (!name.equals("templates.yaml")) {
                assertThat(text).as(name).doesNotContain("sftp:");
                for (String option : SFTP_OPTIONS) {
                    assertThat(text).as(name).doesNotContainPattern("(?m)^\\s*" + Pattern.quote(option) + ":");
                    assertThat(text).as(name).doesNotContain("{{" + option + "}}");
                }
            }
        });
    }

    @Test
    void eachTemplateWritesItsEndpointAndEachOptionOnce() throws IOException {
        String templates = routeFiles().get("templates.yaml");
        String[] byTemplate = templates.split("(?m)^- routeTemplate:");
        assertThat(byTemplate).hasSize(4);
        int sftpEndpoints = 0;
        for (String template : byTemplate) {
            sftpEndpoints += count(template, "uri: \"sftp:");
            for (String option : List.of("username", "password", "knownHostsFile", "strictHostKeyChecking",
                    "useUserKnownHostsFile", "binary", "stepwise", "disconnect")) {
                assertThat(count(template, "\n\\s*" + option + ":")).as(option).isLessThanOrEqualTo(1);
            }
        }
        assertThat(sftpEndpoints).as("an SFTP folder read and an SFTP delivery").isEqualTo(2);
    }

    @Test
    void theOpsTopicIsPublishedToByTheOpsEventRouteAlone() throws IOException {
        Map<String, String> files = routeFiles();
        int publishers = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            Matcher to = Pattern.compile("- to:\\s*\\n\\s*uri: \"jms:topic:").matcher(file.getValue());
            while (to.find()) {
                publishers++;
                assertThat(file.getKey()).isEqualTo("ops.yaml");
            }
        }
        assertThat(publishers).isEqualTo(1);
        assertThat(String.join("\n", files.values())).contains("id: ops-event\n");
        // every stage's file publishes through it
        for (String stage : List.of("intake.yaml", "billing.yaml", "returns.yaml", "payments.yaml",
                "simulated-insurer.yaml")) {
            assertThat(files.get(stage)).as(stage).contains("- to: direct:ops-event");
        }
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Map<String, String> routeFiles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(ROUTES)) {
            for (Path p : list.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }
}
