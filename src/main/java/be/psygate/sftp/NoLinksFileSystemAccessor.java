package be.psygate.sftp;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

/**
 * SFTP file access as SSHD does it by default, except that creating links is refused: a practice only drops
 * and fetches files, and a link in a home would be followed by the gateway, which sees every home.
 */
class NoLinksFileSystemAccessor implements SftpFileSystemAccessor {

    @Override
    public void createLink(SftpSubsystemProxy subsystem, Path link, Path existing, boolean symLink)
            throws IOException {
        throw new AccessDeniedException(link.toString(), null, "links are not allowed");
    }
}
