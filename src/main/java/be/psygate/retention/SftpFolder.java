package be.psygate.retention;

import be.psygate.intake.IntakeSourceProperties;
import be.psygate.sftp.SftpLogin;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Vector;

/**
 * The SFTP server's files, read and deleted with the gateway's service account (the intake's), host key checked.
 * Paths are the server's: relative to the account's root, never made into local paths.
 */
public final class SftpFolder implements RemoteFolder {

    private final SftpLogin login;
    private final ChannelSftp channel;

    private SftpFolder(SftpLogin login) {
        this.login = login;
        this.channel = login.channel();
    }

    /** Logs in with the intake's service account ({@code source}). */
    public static SftpFolder open(IntakeSourceProperties source, int timeoutMillis) {
        try {
            return new SftpFolder(source.login(timeoutMillis));
        } catch (JSchException e) {
            throw new IllegalStateException("SFTP login for retention failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Entry> files(String dir, int maxDepth) {
        List<Entry> found = new ArrayList<>();
        walk(dir, maxDepth, found);
        return found;
    }

    private void walk(String dir, int depth, List<Entry> found) {
        Vector<ChannelSftp.LsEntry> entries;
        try {
            entries = channel.ls(dir);
        } catch (SftpException e) {
            if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
                return;
            }
            throw new IllegalStateException("SFTP listing failed: " + e.getMessage(), e);
        }
        for (ChannelSftp.LsEntry e : entries) {
            String name = e.getFilename();
            // JSch reads *, ?, [ and a backslash in a path as a pattern: such a name is left alone, never matched
            if (name.equals(".") || name.equals("..") || name.matches(".*[/*?\\\\\\[].*")) {
                continue;
            }
            SftpATTRS attrs = e.getAttrs();
            String path = dir + "/" + name;
            if (attrs.isDir()) {
                if (depth > 1) {
                    walk(path, depth - 1, found);
                }
            } else if (attrs.isReg()) {
                found.add(new Entry(path, Instant.ofEpochSecond(attrs.getMTime() & 0xFFFFFFFFL)));
            }
        }
    }

    @Override
    public void delete(String path) {
        try {
            channel.rm(path);
        } catch (SftpException e) {
            if (e.id != ChannelSftp.SSH_FX_NO_SUCH_FILE) {
                throw new IllegalStateException("SFTP delete failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        login.close();
    }
}
