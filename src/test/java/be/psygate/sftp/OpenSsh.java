package be.psygate.sftp;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;

/**
 * Drives the real OpenSSH tools ({@code ssh-keygen}, {@code sftp}, {@code ssh}) against a server on
 * {@code 127.0.0.1}, in batch mode, with strict host key checking against a given known_hosts file and nothing
 * from the user's own configuration or agent. Made for a folder, or for a test class ({@link #forTheClass()}).
 */
final class OpenSsh implements BeforeAllCallback, AfterAllCallback {

    private static final long TIMEOUT_SECONDS = 20;

    private Path workDir;
    private final AtomicInteger runs = new AtomicInteger();

    /** @param workDir where batch files and outputs are written */
    OpenSsh(Path workDir) {
        this.workDir = workDir;
    }

    /**
     * A client for a test class, registered as a static {@code @RegisterExtension} field: its folder, for the keys,
     * batch files and what the test writes or fetches ({@link #dir()}), is made before the class's tests and deleted
     * after them.
     */
    static OpenSsh forTheClass() {
        return new OpenSsh(null);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        workDir = Files.createTempDirectory("psygate-openssh-test-");
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        FileSystemUtils.deleteRecursively(workDir);
    }

    /** The client's folder. */
    Path dir() {
        return workDir;
    }

    /** The outcome of one run. */
    record Result(int exitCode, String out, String err) {

        boolean ok() {
            return exitCode == 0;
        }

        /** For assertion messages. */
        String describe() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /**
     * Generates a key pair without a passphrase.
     *
     * @return the private key file; the public key is next to it, with {@code .pub}
     */
    Path generateKey(String name, String type) throws IOException, InterruptedException {
        Path key = workDir.resolve(name);
        List<String> command = new ArrayList<>(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-C", name,
                "-f", key.toString()));
        if (type.equals("rsa")) {
            command.addAll(List.of("-b", "2048"));
        }
        Result result = run(command);
        if (!result.ok()) {
            fail("ssh-keygen failed: " + result.describe());
        }
        return key;
    }

    /** The OpenSSH public-key line of a key made by {@link #generateKey(String, String)}. */
    static String publicKeyLine(Path privateKey) throws IOException {
        return Files.readString(Path.of(privateKey + ".pub")).strip();
    }

    /** Runs {@code sftp -b} with these commands, one per line; the run stops at the first failing one. */
    Result sftp(int port, Path knownHosts, String user, Path key, String... commands)
            throws IOException, InterruptedException {
        return sftp(port, knownHosts, "127.0.0.1", user, key, commands);
    }

    /** As {@link #sftp(int, Path, String, Path, String...)}, against another name of this machine. */
    Result sftp(int port, Path knownHosts, String host, String user, Path key, String... commands)
            throws IOException, InterruptedException {
        Path batch = workDir.resolve("batch-" + runs.incrementAndGet());
        Files.writeString(batch, String.join("\n", commands) + "\n");
        List<String> command = new ArrayList<>(List.of("sftp", "-b", batch.toString(), "-P", String.valueOf(port)));
        command.addAll(options(knownHosts, key));
        command.add(user + "@" + host);
        return run(command);
    }

    /** Runs {@code ssh} with a remote command, or asks for a shell when {@code remoteCommand} is null. */
    Result ssh(int port, Path knownHosts, String user, Path key, String remoteCommand)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ssh", "-T", "-p", String.valueOf(port)));
        command.addAll(options(knownHosts, key));
        command.add(user + "@127.0.0.1");
        if (remoteCommand != null) {
            command.add(remoteCommand);
        }
        return run(command);
    }

    private static List<String> options(Path knownHosts, Path key) {
        return List.of("-F", "none", "-i", key.toString(),
                "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
                "-o", "BatchMode=yes", "-o", "ConnectTimeout=10",
                "-o", "StrictHostKeyChecking=yes",
                "-o", "UserKnownHostsFile=" + knownHosts, "-o", "GlobalKnownHostsFile=none");
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        int n = runs.incrementAndGet();
        Path out = workDir.resolve("run-" + n + ".out");
        Path err = workDir.resolve("run-" + n + ".err");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            fail("Timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
