package be.psygate.security;

import be.psygate.support.GatewayTest;
import be.psygate.support.OpenSsh;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The SFTP clients practices use, each as its users run it, with and without a temporary name, against the gateway
 * with all its defences on (names, home rules, limits, hidden uploads): every list is answered once, line by line,
 * and leaves {@code in/}. OpenSSH's {@code sftp}, curl, lftp, rclone and Python's paramiko, as Debian packages
 * them ({@code .ci/run} installs them); outside CI a client that is not installed is skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HonestClientsIT extends GatewayTest {

    private static final String USER = "honest";
    private static final String PASSWORD = "honest-client-password-1";
    private static final Duration ANSWER_TIME = Duration.ofSeconds(60);

    @TempDir
    static Path work;

    private final TestPractice practice = TestPractice.newOne(USER);

    /** A client, and whether it writes under a temporary name first. */
    enum Upload {
        OPENSSH("sftp", false), OPENSSH_TEMPORARY_NAME("sftp", true),
        CURL("curl", false), CURL_TEMPORARY_NAME("curl", true),
        LFTP("lftp", false), LFTP_TEMPORARY_NAME("lftp", true),
        RCLONE("rclone", false),
        PARAMIKO("/usr/bin/python3", false), PARAMIKO_TEMPORARY_NAME("/usr/bin/python3", true);

        final String program;
        final boolean temporaryName;

        Upload(String program, boolean temporaryName) {
            this.program = program;
            this.temporaryName = temporaryName;
        }
    }

    private Path key;

    @BeforeAll
    void registerThePractice() throws IOException, InterruptedException {
        key = OpenSsh.newKey(work, "honest-key");
        ResponseEntity<Map> registered = rest.withBasicAuth("admin", "admin").postForEntity("/api/practices",
                practice.registration(PASSWORD, List.of(OpenSsh.publicKeyOf(key))), Map.class);
        assertThat(registered.getStatusCode()).as("registration: %s", registered.getBody()).isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest
    @EnumSource(Upload.class)
    void aListUploadedByAnHonestClientIsAnsweredOnce(Upload upload) throws Exception {
        assumeThat(installed(upload.program) || System.getenv("CI") != null)
                .as("%s is not installed (.ci/run installs it)", upload.program).isTrue();
        String name = upload.name().toLowerCase().replace('_', '-') + ".csv";
        Path list = work.resolve(name);
        Files.writeString(list, TestPractice.HEADER + "\n"
                + practice.line(upload.name() + "-1", TestPractice.nextPatient(), "2025-05-05", "792691") + "\n"
                + practice.line(upload.name() + "-2", TestPractice.nextPatient(), "2025-05-06", "792691") + "\n",
                StandardCharsets.UTF_8);

        run(command(upload, list, name));

        Path ack = practiceHome(USER).resolve("out").resolve(name + ".ack.csv");
        await().atMost(ANSWER_TIME).until(() -> Files.exists(ack));
        List<String> lines = Files.readAllLines(ack, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(1, 3)).allMatch(l -> l.contains(";ACCEPTED;"));
        await().atMost(ANSWER_TIME).until(() -> !Files.exists(practiceHome(USER).resolve("in").resolve(name)));
        int taken = jdbc.sql("select count(*) from received_file where practice_inami = ? and file_name = ?")
                .params(practice.inami(), name).query(Integer.class).single();
        assertThat(taken).as("%s taken in", name).isEqualTo(1);
        try (var left = Files.list(practiceHome(USER).resolve("in"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(name));
        }
    }

    private List<String> command(Upload upload, Path list, String name) throws IOException, InterruptedException {
        String port = String.valueOf(SFTP_PORT);
        Path knownHosts = DATA_DIR.resolve("known_hosts");
        String target = "in/" + name;
        String temporary = "in/" + name + ".part";
        return switch (upload) {
            case OPENSSH, OPENSSH_TEMPORARY_NAME -> {
                // OpenSSH's batch mode allows no password prompt: a key, as practices script it
                Path batch = work.resolve(name + ".batch");
                Files.write(batch, upload.temporaryName
                        ? List.of("put " + list + " " + temporary, "rename " + temporary + " " + target)
                        : List.of("put " + list + " " + target));
                yield List.of("sftp", "-b", batch.toString(), "-P", port, "-i", key.toString(),
                        "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + knownHosts,
                        "-o", "IdentitiesOnly=yes", USER + "@127.0.0.1");
            }
            case CURL, CURL_TEMPORARY_NAME -> {
                List<String> c = new ArrayList<>(List.of("curl", "--silent", "--show-error", "--fail",
                        "--user", USER + ":" + PASSWORD, "--hostpubsha256", hostKeySha256(knownHosts),
                        "-T", list.toString()));
                if (upload.temporaryName) {
                    c.addAll(List.of("-Q", "-rename " + temporary + " " + target,
                            "sftp://127.0.0.1:" + port + "/~/" + temporary));
                } else {
                    c.add("sftp://127.0.0.1:" + port + "/~/" + target);
                }
                yield c;
            }
            case LFTP, LFTP_TEMPORARY_NAME -> {
                String settings = "set sftp:connect-program \"ssh -a -x -o StrictHostKeyChecking=yes -o UserKnownHostsFile="
                        + knownHosts + " -o PubkeyAuthentication=no\"; set net:max-retries 1; "
                        + (upload.temporaryName
                        ? "set xfer:use-temp-file yes; set xfer:temp-file-name *.part; "
                        : "set xfer:use-temp-file no; ");
                yield List.of("lftp", "-c", settings + "open -u " + USER + "," + PASSWORD + " -p " + port
                        + " sftp://127.0.0.1; put -O in " + list);
            }
            case RCLONE -> {
                String obscured = run(List.of("rclone", "obscure", PASSWORD)).strip();
                yield List.of("rclone", "copyto", "--config", work.resolve("rclone.conf").toString(),
                        "--sftp-host", "127.0.0.1", "--sftp-port", port, "--sftp-user", USER,
                        "--sftp-pass", obscured, "--sftp-known-hosts-file", knownHosts.toString(),
                        "--retries", "1", list.toString(), ":sftp:" + target);
            }
            case PARAMIKO, PARAMIKO_TEMPORARY_NAME -> {
                Path script = work.resolve("upload.py");
                Files.writeString(script, """
                        import sys, paramiko
                        port, user, password, known_hosts, local, target, temporary = sys.argv[1:8]
                        client = paramiko.SSHClient()
                        client.load_host_keys(known_hosts)
                        client.set_missing_host_key_policy(paramiko.RejectPolicy())
                        client.connect('127.0.0.1', int(port), user, password, look_for_keys=False, allow_agent=False)
                        sftp = client.open_sftp()
                        if temporary:
                            sftp.put(local, temporary)
                            sftp.posix_rename(temporary, target)
                        else:
                            sftp.put(local, target)
                        client.close()
                        """);
                yield List.of("/usr/bin/python3", script.toString(), port, USER, PASSWORD, knownHosts.toString(),
                        list.toString(), target, upload.temporaryName ? temporary : "");
            }
        };
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command.get(0));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("exit of %s:%n%s", command.get(0), out.replace(PASSWORD, "***")).isZero();
        return out;
    }

    /** The SHA-256 of the server's host key, base64, as curl checks it. */
    private static String hostKeySha256(Path knownHosts) throws IOException {
        String line = Files.readAllLines(knownHosts).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .findFirst().orElseThrow();
        byte[] blob = java.util.Base64.getDecoder().decode(line.split(" ")[2]);
        try {
            return java.util.Base64.getEncoder().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(blob));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean installed(String program) {
        if (program.startsWith("/")) {
            return Files.isExecutable(Path.of(program)) && (!program.endsWith("python3") || paramiko());
        }
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static boolean paramiko() {
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import paramiko").start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
