package be.psygate.sftp;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.apache.sshd.common.file.root.RootedFileSystem;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.DirectoryHandle;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

/**
 * SFTP file access that keeps a file open for writing invisible to every session but the one writing it, until
 * the handle is closed, so that the gateway never picks up an upload in progress (why: see
 * {@link UploadsInProgress}). The home rules and links stay as in the parents.
 *
 * <ul>
 * <li>{@link #openFile} with a write, append or create option records the file in {@link UploadsInProgress}
 * before it is opened (so a new file is never listable unrecorded); {@link #closeFile} forgets it. SSHD closes
 * every handle still open when an SFTP channel ends, also after an abrupt disconnect, through the same
 * {@link #closeFile}; such an upload stays hidden as cut off (see {@link UploadsInProgress}).</li>
 * <li>{@link #openDirectory}: the listings of other sessions (of other users, for an upload cut off) leave the
 * file out, checked entry by entry as the
 * listing is read.</li>
 * <li>{@link #openFile} for reading only: other sessions get "no such file", so that a client that already
 * knows the name (a consumer with a fixed file name that does not list, say) cannot read half a file.</li>
 * </ul>
 *
 * <p>Attributes ({@code stat}) are left visible: they carry no content, and SSHD looks files up in several
 * places (stat, lstat, realpath, existence checks) that do not all pass through the accessor, so hiding them
 * would only ever be partial. Listing and reading, the two ways to pick up an upload, are covered.
 */
final class UploadHidingFileSystemAccessor extends HomeRulesFileSystemAccessor {

    private static final Set<StandardOpenOption> WRITING = Set.of(StandardOpenOption.WRITE,
            StandardOpenOption.APPEND, StandardOpenOption.CREATE, StandardOpenOption.CREATE_NEW);

    private final UploadsInProgress uploads;

    UploadHidingFileSystemAccessor(UploadsInProgress uploads, SftpHomes homes, String serviceUser,
            SftpLimits limits) {
        super(homes, serviceUser, limits);
        this.uploads = uploads;
    }

    @Override
    public SeekableByteChannel openFile(SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file,
            String handle, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
        Path onDisk = onDisk(file);
        ServerSession session = subsystem.getServerSession();
        if (options.stream().noneMatch(WRITING::contains)) {
            if (uploads.isHiddenFrom(onDisk, session)) {
                throw new NoSuchFileException(file.toString());
            }
            return super.openFile(subsystem, fileHandle, file, handle, options, attrs);
        }
        uploads.opened(onDisk, session, fileHandle);
        try {
            return super.openFile(subsystem, fileHandle, file, handle, options, attrs);
        } catch (IOException | RuntimeException | Error e) {
            uploads.closed(onDisk, session, fileHandle);
            throw e;
        }
    }

    @Override
    public void closeFile(SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file, String handle,
            Channel channel, Set<? extends OpenOption> options) throws IOException {
        try {
            super.closeFile(subsystem, fileHandle, file, handle, channel, options);
        } finally {
            // even when closing fails: SSHD closes the handles of a dropped session from an interrupted thread,
            // where closing the file channel throws ClosedByInterruptException
            uploads.closed(onDisk(file), subsystem.getServerSession(), fileHandle);
        }
    }

    @Override
    public DirectoryStream<Path> openDirectory(SftpSubsystemProxy subsystem, DirectoryHandle dirHandle, Path dir,
            String handle, LinkOption... linkOptions) throws IOException {
        DirectoryStream<Path> entries = super.openDirectory(subsystem, dirHandle, dir, handle, linkOptions);
        ServerSession session = subsystem.getServerSession();
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                return StreamSupport.stream(entries.spliterator(), false)
                        .filter(entry -> !uploads.isHiddenFrom(onDisk(entry), session))
                        .iterator();
            }

            @Override
            public void close() throws IOException {
                entries.close();
            }
        };
    }

    /**
     * @return where a session's path lies on the disk: a session sees its home as {@code /}, so the same file
     *         has a different path in each home that contains it
     */
    static Path onDisk(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!(absolute.getFileSystem() instanceof RootedFileSystem home)) {
            return absolute;
        }
        Path onDisk = home.getRoot();
        for (Path name : absolute) {
            onDisk = onDisk.resolve(name.toString());
        }
        return onDisk;
    }
}
