package be.psygate.benchmark;

import be.psygate.PsyGateApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The whole gateway, started in this JVM exactly as {@code ./mvnw spring-boot:run} starts it (embedded SFTP server,
 * embedded Artemis with its journal, the routes), on the round's database and data directory, with the synthetic
 * country's practices registered. Only what a benchmark must control differs from the defaults: the clock (the
 * sessions are of 2025), no simulated insurer (the benchmark writes the insurers' answers itself), no schedules.
 */
final class BenchGateway implements AutoCloseable {

    /** "Today" for the gateway: the end of the sessions' year. */
    static final String TODAY = "2025-12-31T10:00:00Z";

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final int sftpPort;

    private BenchGateway(ConfigurableApplicationContext context, Path dataDir, int sftpPort) {
        this.context = context;
        this.dataDir = dataDir;
        this.sftpPort = sftpPort;
    }

    static BenchGateway start(BenchDatabase db, Path dataDir, Path registry, Map<String, Object> overrides) {
        int sftpPort = freePort();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("psygate.data-dir", dataDir.toAbsolutePath().toString());
        p.put("psygate.demo.data", "file:" + registry.toAbsolutePath());
        p.put("psygate.sftp.port", sftpPort);
        p.put("server.port", freePort());
        p.put("psygate.broker.acceptor", "");
        p.put("psygate.clock.fixed", TODAY);
        p.put("psygate.simulated-insurer.enabled", false);
        p.put("psygate.billing.schedule-enabled", false);
        p.put("psygate.payments.schedule-enabled", false);
        p.put("psygate.billing.resume-delay", 3_600_000);
        p.put("camel.main.name", "psygate-benchmark");
        p.put("spring.main.banner-mode", "off");
        p.putAll(db.gatewayProperties());
        p.putAll(overrides);
        // as command-line arguments, which come before application.yml (builder properties would come after it)
        String[] args = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PsyGateApplication.class)
                .logStartupInfo(false).run(args);
        return new BenchGateway(context, dataDir, sftpPort);
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Path practicesRoot() {
        return dataDir.resolve("sftp/practices");
    }

    Path insurersRoot() {
        return dataDir.resolve("sftp/insurers");
    }

    Path knownHosts() {
        return dataDir.resolve("known_hosts");
    }

    int sftpPort() {
        return sftpPort;
    }

    long count(String sql) {
        return jdbc().sql(sql).query(Long.class).single();
    }

    @Override
    public void close() {
        context.close();
    }

    /** Waits, checking every few milliseconds, until {@code done} or the timeout. */
    static void await(String what, Duration timeout, Duration every, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout + " waiting for " + what);
            }
            LockSupport.parkNanos(every.toNanos());
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
