package be.psygate.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Map;

import org.apache.sshd.common.file.FileSystemFactory;
import org.apache.sshd.common.file.root.RootedFileSystemProvider;
import org.apache.sshd.common.session.SessionContext;

/**
 * Confines each session to the home of the account it logged in as: the home is the root of what the client
 * sees, and nothing above it can be named ({@code /..} is {@code /}). A practice's home is created, with
 * {@code in/}, {@code check/} and {@code out/}, when it first opens SFTP.
 */
final class SftpHomeFileSystemFactory implements FileSystemFactory {

    private final SftpHomes homes;
    private final String serviceUser;

    SftpHomeFileSystemFactory(SftpHomes homes, String serviceUser) {
        this.homes = homes;
        this.serviceUser = serviceUser;
    }

    @Override
    public Path getUserHomeDir(SessionContext session) throws IOException {
        return accountOf(session).home();
    }

    @Override
    public FileSystem createFileSystem(SessionContext session) throws IOException {
        SftpAccount account = accountOf(session);
        prepare(account);
        return new RootedFileSystemProvider().newFileSystem(account.home(), Map.of());
    }

    private void prepare(SftpAccount account) throws IOException {
        if (account.user().equals(serviceUser)) {
            homes.ensureRoot();
            return;
        }
        try {
            homes.ensureHome(account);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static SftpAccount accountOf(SessionContext session) throws IOException {
        SftpAccount account = session.getAttribute(SftpSessions.ACCOUNT);
        if (account == null) {
            throw new IOException("No SFTP account on session " + session);
        }
        return account;
    }
}
