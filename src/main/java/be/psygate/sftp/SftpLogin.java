package be.psygate.sftp;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;

/**
 * A login of the gateway's service account to an SFTP server, host key checked, with its SFTP channel open: how the
 * retention sweep reads an external server and how the health check tries one. Closing it closes the channel, then
 * the session.
 *
 * @param session the SSH session, connected
 * @param channel the SFTP channel on it, connected
 */
public record SftpLogin(Session session, ChannelSftp channel) implements AutoCloseable {

    /** Logs in and opens the SFTP channel; a failure leaves nothing open. */
    public static SftpLogin open(String host, int port, String user, String password, String knownHosts,
                                 int timeoutMillis) throws JSchException {
        Session session = null;
        try {
            JSch jsch = new JSch();
            jsch.setKnownHosts(knownHosts);
            session = jsch.getSession(user, host, port);
            session.setPassword(password);
            session.setConfig("StrictHostKeyChecking", "yes");
            session.connect(timeoutMillis);
            ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
            channel.connect(timeoutMillis);
            return new SftpLogin(session, channel);
        } catch (JSchException e) {
            if (session != null) {
                session.disconnect();
            }
            throw e;
        }
    }

    @Override
    public void close() {
        channel.disconnect();
        session.disconnect();
    }
}
