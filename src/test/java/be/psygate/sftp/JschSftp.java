package be.psygate.sftp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Vector;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;
import com.jcraft.jsch.SocketFactory;

/**
 * A JSch SFTP session (the client Camel uses) logged in with a password, checking the host key strictly
 * against a known_hosts file.
 */
record JschSftp(Session session, ChannelSftp channel, KeptSocket socket) implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 10_000;

    static JschSftp connect(int port, Path knownHosts, String user, String password) throws JSchException {
        Session session = session(port, knownHosts, user);
        KeptSocket socket = new KeptSocket();
        session.setSocketFactory(socket);
        session.setPassword(password);
        session.setConfig("PreferredAuthentications", "password");
        session.connect(TIMEOUT_MILLIS);
        try {
            ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
            channel.connect(TIMEOUT_MILLIS);
            return new JschSftp(session, channel, socket);
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

    /** The names in a folder with their sizes, without {@code .} and {@code ..}. */
    Map<String, Long> sizes(String path) throws SftpException {
        Vector<ChannelSftp.LsEntry> entries = channel.ls(path);
        Map<String, Long> sizes = new TreeMap<>();
        for (ChannelSftp.LsEntry entry : entries) {
            if (!entry.getFilename().equals(".") && !entry.getFilename().equals("..")) {
                sizes.put(entry.getFilename(), entry.getAttrs().getSize());
            }
        }
        return sizes;
    }

    /** Opens a file for writing (created or truncated); the upload lasts until the stream is closed. */
    OutputStream upload(String path) throws SftpException {
        return channel.put(path);
    }

    /** Opens a file for appending; the upload lasts until the stream is closed. */
    OutputStream append(String path) throws SftpException {
        return channel.put(path, ChannelSftp.APPEND);
    }

    /** Ends the SFTP channel without closing its open files; the SSH session stays up. */
    void closeChannelOnly() {
        channel.disconnect();
    }

    /**
     * Drops the connection as a killed client does: no SFTP close, no SSH disconnect message, and a TCP reset
     * instead of an orderly shutdown.
     */
    void kill() throws IOException {
        socket.socket.setSoLinger(true, 0);
        socket.socket.close();
    }

    void put(String path, String content) throws SftpException {
        channel.put(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), path);
    }

    void rm(String path) throws SftpException {
        channel.rm(path);
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

    /** Opens the session's TCP connection and keeps hold of it, so that a test can drop it. */
    private static final class KeptSocket implements SocketFactory {

        private volatile Socket socket;

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return socket;
        }

        @Override
        public InputStream getInputStream(Socket socket) throws IOException {
            return socket.getInputStream();
        }

        @Override
        public OutputStream getOutputStream(Socket socket) throws IOException {
            return socket.getOutputStream();
        }
    }
}
