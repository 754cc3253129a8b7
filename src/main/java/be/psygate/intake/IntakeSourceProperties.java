package be.psygate.intake;

import be.psygate.sftp.SftpLogin;
import com.jcraft.jsch.JSchException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the intake reads the practices' homes ({@code routes/intake.yaml}): an SFTP server, by default the gateway's
 * own embedded one, read with the service account as any client would. The retention job and the {@code sftp}
 * health check use the same account. Defaults in {@code application.yml}.
 *
 * @param host                  the SFTP server's host
 * @param port                  its port
 * @param username              the service account that reads every practice's home
 * @param password              its password
 * @param knownHosts            the known_hosts file that holds the server's host key (checked)
 * @param directory             the folder of the practices' homes on the server, each home {@code <user>/in},
 *                              {@code check}, {@code out}
 * @param archive               where a list taken in is moved, relative to {@code directory}, out of the
 *                              practices' reach
 * @param pollDelay             ms between two listings of the homes
 * @param readLock              when an upload is over: {@code none} (the embedded server hides a file while it is
 *                              written) or {@code changed} (an external server: size and date stable, or
 *                              {@code read-lock-min-age} old)
 * @param readLockCheckInterval ms between two looks at an upload's size and date ({@code changed})
 * @param readLockTimeout       ms an upload may keep changing before the poll gives up on it for now
 * @param readLockMinAge        ms since an upload's last change before it is taken ({@code changed}; 0: size and
 *                              date stable for one check interval)
 * @param maxFilesPerPoll       uploads taken at most by one poll
 * @param secondReader          whether a second reader of the homes ({@code intake-practice-lists-2}) takes lists
 *                              too: one list is then read and checked, or written out and answered, while another
 *                              is judged (the lists of one network are judged one at a time all the same)
 * @param noticePeriod          ms between two turns of the route that hands billing's notices, noted with the lists,
 *                              to the broker ({@code intake-accepted-notices})
 * @param noticeBatch           notices handed to the broker at most at one turn
 * @param quarantineUri         where the files that cannot be read are kept (a Camel file endpoint)
 */
@Validated
@ConfigurationProperties("psygate.intake")
public record IntakeSourceProperties(
        @NotBlank String host,
        @Min(1) @Max(65535) @NotNull Integer port,
        @NotBlank String username,
        String password,
        @NotBlank String knownHosts,
        @NotBlank String directory,
        @NotBlank String archive,
        @Positive @NotNull Long pollDelay,
        @NotNull @Pattern(regexp = "none|changed") String readLock,
        @Positive @NotNull Long readLockCheckInterval,
        @Positive @NotNull Long readLockTimeout,
        @PositiveOrZero @NotNull Long readLockMinAge,
        @Positive @NotNull Integer maxFilesPerPoll,
        @NotNull Boolean secondReader,
        @Positive @NotNull Long noticePeriod,
        @Positive @NotNull Integer noticeBatch,
        @NotBlank String quarantineUri) {

    /** Logs in with the service account, host key checked, and opens an SFTP channel; a failure leaves nothing open. */
    public SftpLogin login(int timeoutMillis) throws JSchException {
        return SftpLogin.open(host, port, username, password, knownHosts, timeoutMillis);
    }
}
