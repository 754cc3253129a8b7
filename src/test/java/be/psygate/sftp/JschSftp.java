package be.psygate.sftp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Vector;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;

/**
 * A JSch SFTP session (the client Camel uses) logged in with a password, checking the host key strictly
 * against a known_hosts file.
 */
final class JschSftp implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final Session session;
    private final ChannelSftp channel;

    private JschSftp(Session session, ChannelSftp channel) {
        this.session = session;
        this.channel = channel;
    }

    static JschSftp connect(int port, Path knownHosts, String user, String password) throws JSchException {
        Session session = session(port, knownHosts, user);
        session.setPassword(password);
        session.setConfig("PreferredAuthentications", "password");
        session.connect(TIMEOUT_MILLIS);
        try {
            ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
            channel.connect(TIMEOUT_MILLIS);
            return new JschSftp(session, channel);
        } catch (JSchException | RuntimeException e) {
            session.disconnect();
            throw e;
        }
    }

    /** A session not yet connected, with strict host key checking. */
    static Session session(int port, Path knownHosts, String user) throws JSchException {
        JSch jsch = new JSch();
        jsch.setKnownHosts(knownHosts.toString());
        Session session = jsch.getSession(user, "127.0.0.1", port);
        session.setConfig("StrictHostKeyChecking", "yes");
        return session;
    }

    String pwd() throws SftpException {
        return channel.pwd();
    }

    /** The names in a folder, without {@code .} and {@code ..}. */
    List<String> ls(String path) throws SftpException {
        Vector<ChannelSftp.LsEntry> entries = channel.ls(path);
        return entries.stream()
                .map(ChannelSftp.LsEntry::getFilename)
                .filter(name -> !name.equals(".") && !name.equals(".."))
                .sorted()
                .toList();
    }

    void put(String path, String content) throws SftpException {
        channel.put(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), path);
    }

    String get(String path) throws SftpException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        channel.get(path, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        channel.disconnect();
        session.disconnect();
    }
}
