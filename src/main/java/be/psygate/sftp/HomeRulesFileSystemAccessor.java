package be.psygate.sftp;

import be.psygate.storage.RegularFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.sshd.common.file.root.RootedFileSystem;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

/**
 * SFTP file access that keeps each practice and insurer to its {@link HomeRules}, and creates everything private
 * to the gateway: files {@code 0600}, folders {@code 0700}, whatever the process's umask and whatever mode the
 * client asks for. Every SFTP request that creates, writes, renames, removes or changes the attributes of a file
 * reaches SSHD's file system through one of these methods, so the rules hold for every request, not only for the
 * commands a given client sends. The service account keeps full access.
 *
 * <p>With {@link SftpLimits#homeQuota()} set, a file opened for writing in a full home is refused, and a write
 * that would take the home beyond its quota fails.
 */
class HomeRulesFileSystemAccessor extends NoLinksFileSystemAccessor {

    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");

    private static final Set<StandardOpenOption> WRITING = Set.of(StandardOpenOption.WRITE,
            StandardOpenOption.APPEND, StandardOpenOption.CREATE, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.TRUNCATE_EXISTING);
    private static final Set<String> TIMES = Set.of("lastModifiedTime", "lastAccessTime", "creationTime");

    private final SftpHomes homes;
    private final String serviceUser;
    private final SftpLimits limits;
    private final HomeRules practiceRules;
    private final HomeRules insurerRules;

    HomeRulesFileSystemAccessor(SftpHomes homes, String serviceUser, SftpLimits limits) {
        this.homes = homes;
        this.serviceUser = serviceUser;
        this.limits = limits;
        this.practiceRules = HomeRules.practice(limits.maxNameBytes());
        this.insurerRules = HomeRules.insurer(limits.maxNameBytes());
    }

    @Override
    public SeekableByteChannel openFile(SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file,
            String handle, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
        boolean writing = options.stream().anyMatch(WRITING::contains);
        boolean creating = (options.contains(StandardOpenOption.CREATE)
                || options.contains(StandardOpenOption.CREATE_NEW))
                && !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        HomeRules rules = rulesOf(subsystem);
        if (rules != null && writing) {
            if (creating) {
                rules.checkCreate(file);
            } else {
                rules.checkWrite(file);
            }
        }
        long room = writing && rules != null ? roomLeft(file) : Long.MAX_VALUE;
        // the client's mode is left aside: what the gateway keeps is readable by the gateway only
        SeekableByteChannel channel = super.openFile(subsystem, fileHandle, file, handle, options,
                creating ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_MODE)}
                        : new FileAttribute<?>[0]);
        if (creating) {
            Files.setPosixFilePermissions(file, FILE_MODE);
        }
        return room == Long.MAX_VALUE ? channel : new QuotaChannel(channel, file, room);
    }

    @Override
    public void createDirectory(SftpSubsystemProxy subsystem, Path path) throws IOException {
        HomeRules rules = rulesOf(subsystem);
        if (rules != null) {
            rules.checkMakeDirectory(path);
        }
        Files.createDirectory(path, PosixFilePermissions.asFileAttribute(FOLDER_MODE));
        Files.setPosixFilePermissions(path, FOLDER_MODE);
    }

    @Override
    public void removeFile(SftpSubsystemProxy subsystem, Path path, boolean isDirectory) throws IOException {
        HomeRules rules = rulesOf(subsystem);
        if (rules != null) {
            rules.checkRemove(path, isDirectory);
        }
        super.removeFile(subsystem, path, isDirectory);
    }

    @Override
    public void renameFile(SftpSubsystemProxy subsystem, Path oldPath, Path newPath, Collection<CopyOption> opts)
            throws IOException {
        HomeRules rules = rulesOf(subsystem);
        if (rules != null) {
            rules.checkRename(oldPath, newPath);
        }
        super.renameFile(subsystem, oldPath, newPath, opts);
    }

    @Override
    public void copyFile(SftpSubsystemProxy subsystem, Path src, Path dst, Collection<CopyOption> opts)
            throws IOException {
        HomeRules rules = rulesOf(subsystem);
        if (rules != null) {
            rules.checkCreate(dst);
            if (roomLeft(dst) < Files.size(src)) {
                throw new SftpRefusal(dst.toString(), quotaReason());
            }
        }
        super.copyFile(subsystem, src, dst, opts);
        Files.setPosixFilePermissions(dst, FILE_MODE);
    }

    @Override
    public void setFileAttribute(SftpSubsystemProxy subsystem, Path file, String view, String attribute,
            Object value, LinkOption... options) throws IOException {
        HomeRules rules = rulesOf(subsystem);
        if (rules != null) {
            if (TIMES.contains(attribute)) {
                rules.checkWrite(file);
            } else {
                rules.checkChangeAccess(file);
            }
        }
        super.setFileAttribute(subsystem, file, view, attribute, value, options);
    }

    @Override
    public void setFilePermissions(SftpSubsystemProxy subsystem, Path path, Set<PosixFilePermission> perms,
            LinkOption... options) throws IOException {
        refuseAccessChangeToAccounts(subsystem, path);
        super.setFilePermissions(subsystem, path, perms, options);
    }

    @Override
    public void setFileAccessControl(SftpSubsystemProxy subsystem, Path path, List<AclEntry> acl,
            LinkOption... options) throws IOException {
        refuseAccessChangeToAccounts(subsystem, path);
        super.setFileAccessControl(subsystem, path, acl, options);
    }

    @Override
    public void setFileOwner(SftpSubsystemProxy subsystem, Path path, Principal value, LinkOption... options)
            throws IOException {
        refuseAccessChangeToAccounts(subsystem, path);
        super.setFileOwner(subsystem, path, value, options);
    }

    @Override
    public void setGroupOwner(SftpSubsystemProxy subsystem, Path path, Principal value, LinkOption... options)
            throws IOException {
        refuseAccessChangeToAccounts(subsystem, path);
        super.setGroupOwner(subsystem, path, value, options);
    }

    private void refuseAccessChangeToAccounts(SftpSubsystemProxy subsystem, Path path) throws IOException {
        HomeRules rules = rulesOf(subsystem);
        if (rules != null) {
            rules.checkChangeAccess(path);
        }
    }

    /** The rules of the session's account; null for the service account, which has none. */
    private HomeRules rulesOf(SftpSubsystemProxy subsystem) throws IOException {
        SftpAccount account = subsystem.getServerSession().getAttribute(SftpSessions.ACCOUNT);
        if (account == null) {
            throw new AccessDeniedException("/", null, "not logged in");
        }
        if (account.user().equals(serviceUser)) {
            return null;
        }
        return homes.isPracticeHome(account.home()) ? practiceRules : insurerRules;
    }

    /** How many more bytes the home holding {@code file} may take; unlimited without a quota. */
    private long roomLeft(Path file) throws IOException {
        if (!limits.hasHomeQuota()) {
            return Long.MAX_VALUE;
        }
        long room = limits.homeQuota().toBytes() - bytesIn(homeOnDisk(file));
        if (room <= 0) {
            throw new SftpRefusal(file.toString(), quotaReason());
        }
        return room;
    }

    private String quotaReason() {
        return "your folders hold their quota of " + limits.homeQuota().toBytes()
                + " bytes: remove answers or uploads first";
    }

    private static Path homeOnDisk(Path file) {
        return file.getFileSystem() instanceof RootedFileSystem home ? home.getRoot() : file.getRoot();
    }

    private static long bytesIn(Path home) throws IOException {
        AtomicLong total = new AtomicLong();
        RegularFiles.forEach(home, (f, a) -> total.addAndGet(a.size()));
        return total.get();
    }

    /** A file channel that refuses to grow its file by more than the room its home had when it was opened. */
    private final class QuotaChannel implements SeekableByteChannel {

        private final SeekableByteChannel channel;
        private final Path file;
        private final long maxSize;

        QuotaChannel(SeekableByteChannel channel, Path file, long room) throws IOException {
            this.channel = channel;
            this.file = file;
            this.maxSize = Math.addExact(channel.size(), Math.min(room, Long.MAX_VALUE - channel.size()));
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (channel.position() + src.remaining() > maxSize) {
                throw new SftpRefusal(file.toString(), quotaReason());
            }
            return channel.write(src);
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            return changed(c -> c.position(newPosition));
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            return changed(c -> c.truncate(size));
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }

        /**
         * Makes {@code change} to the file's channel and answers this one, as a channel's setters answer themselves:
         * the file's own channel, which the quota does not watch, never reaches the caller.
         */
        private SeekableByteChannel changed(ChannelChange change) throws IOException {
            change.applyTo(channel);
            return this;
        }
    }

    /** A change made to a file's channel, such as moving its position. */
    @FunctionalInterface
    private interface ChannelChange {
        void applyTo(SeekableByteChannel channel) throws IOException;
    }
}
