package be.psygate.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real OpenSSH client, as a practice would use it: key pairs from ssh-keygen, sftp in batch mode. */
public final class OpenSsh {

    private OpenSsh() {
    }

    /** A new ed25519 key pair in {@code dir}; returns the private key file ({@code .pub} beside it). */
    public static Path newKey(Path dir, String name) throws IOException, InterruptedException {
        Path key = dir.resolve(name);
        run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key.toString()), dir);
        return key;
    }

    public static String publicKeyOf(Path privateKey) throws IOException {
        return Files.readString(Path.of(privateKey + ".pub")).strip();
    }

    /**
     * Runs sftp commands in batch mode with key authentication and strict host-key checking against the gateway's
     * known_hosts file. Returns what sftp printed; fails if sftp fails.
     */
    public static String sftp(int port, String user, Path privateKey, Path knownHosts, String... commands)
            throws IOException, InterruptedException {
        Path batch = Files.createTempFile("sftp-batch-", ".txt");
        Files.write(batch, List.of(commands), StandardCharsets.UTF_8);
        return run(List.of("sftp", "-b", batch.toString(), "-P", String.valueOf(port), "-i", privateKey.toString(),
                "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + knownHosts,
                "-o", "IdentitiesOnly=yes", "-o", "ConnectTimeout=10", user + "@127.0.0.1"), batch.getParent());
    }

    private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + " from " + command.get(0) + ":\n" + out);
        }
        return out;
    }
}
