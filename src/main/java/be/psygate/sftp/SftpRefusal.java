package be.psygate.sftp;

import java.nio.file.AccessDeniedException;

import org.apache.sshd.sftp.server.SftpErrorStatusDataHandler;
import org.apache.sshd.sftp.server.SftpSubsystemEnvironment;

/**
 * A request the server refuses on purpose: answered with {@code SSH_FX_PERMISSION_DENIED} and the reason as the
 * status message, which SFTP clients show (OpenSSH prints "Permission denied", JSch and most libraries the
 * reason). The path in the exception is the one the client asked for, relative to its own home.
 */
final class SftpRefusal extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    SftpRefusal(String path, String reason) {
        super(path, null, reason);
    }

    /** Puts the reason of a refusal in the status message, where SSHD would otherwise say "Permission denied". */
    static final class Reasons implements SftpErrorStatusDataHandler {

        @Override
        public String resolveErrorMessage(SftpSubsystemEnvironment sftpSubsystem, int id, Throwable e,
                int subStatus, int cmd, Object... args) {
            if (e instanceof SftpRefusal refusal) {
                return "Permission denied: " + refusal.getReason();
            }
            return SftpErrorStatusDataHandler.super.resolveErrorMessage(sftpSubsystem, id, e, subStatus, cmd, args);
        }
    }
}
