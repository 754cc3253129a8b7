package be.psygate.sftp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.validation.annotation.Validated;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Settings of the embedded SFTP server, under {@code psygate.sftp}; defaults in {@code application.yml}.
 *
 * <p>{@code root}, {@code host-key} and {@code known-hosts}, when a server is built without them, are
 * {@code sftp}, {@code ssh_host_key} and {@code known_hosts} in {@code psygate.data-dir};
 * {@link #withDefaultsUnder(Path)} fills them in.
 *
 * @param enabled             whether the gateway runs its own SFTP server
 * @param host                the address to listen on ({@code 0.0.0.0}: practices connect from their own machines,
 *                            so the server must be reachable from outside, like the HTTP port)
 * @param port                the port to listen on; {@code 0} picks a free port, see
 *                            {@link EmbeddedSftpServer#port()}
 * @param root                the folder of all SFTP homes; practices live in {@code root/practices/<user>}
 * @param hostKey             the server's private host key, generated (EC P-256) at the first start and kept
 * @param knownHosts          a known_hosts file the server (re)writes at each start with its own host key for
 *                            {@code 127.0.0.1} and {@code localhost}, for the gateway's own SFTP client
 * @param serviceUser         the gateway's own account, whose home is the whole {@code root}
 * @param servicePassword     the service account's password ({@code psygate} is the demo's: a warning is logged
 *                            while it is in use); blank disables the service account
 * @param serviceLoopbackOnly whether the service account may only log in from the machine itself (the gateway's
 *                            own client connects over loopback)
 * @param idleTimeout         how long an idle session is kept open
 * @param limits              what one client may take of the server, see {@link SftpLimits}
 */
@Validated
@ConfigurationProperties("psygate.sftp")
public record SftpProperties(
        @NotNull Boolean enabled,
        @NotBlank String host,
        @Min(0) @Max(65535) @NotNull Integer port,
        Path root,
        Path hostKey,
        Path knownHosts,
        @NotBlank String serviceUser,
        String servicePassword,
        @NotNull Boolean serviceLoopbackOnly,
        @NotNull Duration idleTimeout,
        @NotNull @Valid @NestedConfigurationProperty SftpLimits limits) {

    /** The demo's password of the service account, refused in production. */
    static final String DEMO_SERVICE_PASSWORD = "psygate";

    @ConstructorBinding
    public SftpProperties {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("psygate.sftp.port must be between 0 and 65535: " + port);
        }
        host = Objects.requireNonNull(host, "psygate.sftp.host").strip();
        serviceUser = SftpUserNames.requireValid(Objects.requireNonNull(serviceUser, "psygate.sftp.service-user"));
        Objects.requireNonNull(idleTimeout, "psygate.sftp.idle-timeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("psygate.sftp.idle-timeout must be positive: " + idleTimeout);
        }
        Objects.requireNonNull(limits, "psygate.sftp.limits");
    }

    /** These settings with the default {@link SftpLimits}. */
    public SftpProperties(boolean enabled, String host, int port, Path root, Path hostKey, Path knownHosts,
            String serviceUser, String servicePassword, boolean serviceLoopbackOnly, Duration idleTimeout) {
        this(enabled, host, port, root, hostKey, knownHosts, serviceUser, servicePassword, serviceLoopbackOnly,
                idleTimeout, SftpLimits.defaults());
    }

    /** These settings with other limits. */
    public SftpProperties withLimits(SftpLimits newLimits) {
        return new SftpProperties(enabled, host, port, root, hostKey, knownHosts, serviceUser, servicePassword,
                serviceLoopbackOnly, idleTimeout, newLimits);
    }

    /**
     * @param dataDir the gateway's data directory ({@code psygate.data-dir})
     * @return these settings with the paths that were not set placed in {@code dataDir}, and every path
     *         absolute
     */
    public SftpProperties withDefaultsUnder(Path dataDir) {
        Path base = dataDir.toAbsolutePath().normalize();
        return new SftpProperties(enabled, host, port,
                absolute(root, base.resolve("sftp")),
                absolute(hostKey, base.resolve("ssh_host_key")),
                absolute(knownHosts, base.resolve("known_hosts")),
                serviceUser, servicePassword, serviceLoopbackOnly, idleTimeout, limits);
    }

    /** Whether the service account can log in at all. */
    public boolean serviceAccountEnabled() {
        return servicePassword != null && !servicePassword.isBlank();
    }

    /** Whether the service password is the one shipped for the demo. */
    public boolean usesDemoServicePassword() {
        return DEMO_SERVICE_PASSWORD.equals(servicePassword);
    }

    /** Never shows the service password. */
    @Override
    public String toString() {
        return "SftpProperties[enabled=" + enabled + ", host=" + host + ", port=" + port + ", root=" + root
                + ", hostKey=" + hostKey + ", knownHosts=" + knownHosts + ", serviceUser=" + serviceUser
                + ", servicePassword=" + (serviceAccountEnabled() ? "****" : "none")
                + ", serviceLoopbackOnly=" + serviceLoopbackOnly + ", idleTimeout=" + idleTimeout
                + ", limits=" + limits + "]";
    }

    private static Path absolute(Path configured, Path fallback) {
        return (configured == null ? fallback : configured).toAbsolutePath().normalize();
    }
}
