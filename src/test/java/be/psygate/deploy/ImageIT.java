package be.psygate.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The container image the {@code image} profile builds ({@code ./mvnw -B -Pimage verify}), read from its tarball:
 * it runs the gateway as a user that is not root, with the JVM sized by the container's memory limit, in the
 * production profile, exposing HTTP and SFTP, its data in a volume. Without the profile there is no image to read
 * and the test does not run.
 */
class ImageIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theImageRunsTheGatewayAsAUserThatIsNotRootWithItsPortsAndVolume() throws IOException {
        String tar = System.getProperty("psygate.image.tar");
        assumeTrue(tar != null && !tar.isBlank(), "no image built (profile image)");
        Path image = Path.of(tar);
        assertThat(image).as("the image the profile builds").isRegularFile();
        Map<String, byte[]> entries = read(image);

        JsonNode config = configOf(entries).path("config");
        String user = config.path("User").asText();
        assertThat(user).as("user").isNotBlank().doesNotStartWith("root").doesNotStartWith("0:").isNotEqualTo("0");
        List<String> command = new ArrayList<>();
        config.path("Entrypoint").forEach(n -> command.add(n.asText()));
        assertThat(command).as("entrypoint").startsWith("java").contains("-XX:+UseContainerSupport",
                "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "be.psygate.PsyGateApplication");
        List<String> ports = new ArrayList<>();
        config.path("ExposedPorts").fieldNames().forEachRemaining(ports::add);
        assertThat(ports).containsExactlyInAnyOrder("8080/tcp", "2222/tcp");
        List<String> volumes = new ArrayList<>();
        config.path("Volumes").fieldNames().forEachRemaining(volumes::add);
        assertThat(volumes).containsExactly("/var/lib/psygate");
        List<String> env = new ArrayList<>();
        config.path("Env").forEach(n -> env.add(n.asText()));
        assertThat(env).contains("SPRING_PROFILES_ACTIVE=production", "PSYGATE_DATA_DIR=/var/lib/psygate/data");
    }

    /** The image configuration: Docker's manifest.json, or the OCI layout's index, manifest and config blobs. */
    private static JsonNode configOf(Map<String, byte[]> entries) throws IOException {
        if (entries.containsKey("manifest.json")) {
            JsonNode manifest = JSON.readTree(entries.get("manifest.json")).get(0);
            return JSON.readTree(entries.get(manifest.path("Config").asText()));
        }
        JsonNode index = JSON.readTree(entries.get("index.json"));
        JsonNode manifest = JSON.readTree(blob(entries, index.path("manifests").get(0).path("digest").asText()));
        return JSON.readTree(blob(entries, manifest.path("config").path("digest").asText()));
    }

    private static byte[] blob(Map<String, byte[]> entries, String digest) {
        byte[] blob = entries.get("blobs/" + digest.replace(':', '/'));
        assertThat(blob).as("blob " + digest).isNotNull();
        return blob;
    }

    /** The small entries of a tar file (the JSON ones; layers are skipped), by name. */
    private static Map<String, byte[]> read(Path tar) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(tar)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                String octal = field(header, 124, 12).trim();
                long size = octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
                long padded = (size + 511) / 512 * 512;
                if (size < 1_000_000) {
                    byte[] body = in.readNBytes((int) size);
                    in.skipNBytes(padded - size);
                    entries.put(name.startsWith("./") ? name.substring(2) : name, body);
                } else {
                    in.skipNBytes(padded);
                }
            }
        }
        return entries;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
