package be.psygate.sftp;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a practice or an insurer may do in its home, as OpenSSH's chroot with root-owned folders would keep it:
 *
 * <ul>
 * <li>The home's root and its folders belong to the gateway: nothing is created at the root, and the folders
 * cannot be removed, renamed or have their permissions changed.</li>
 * <li>In its upload folders ({@code in/} and {@code check/} of a practice, {@code out/} of an insurer) the account
 * creates, writes, renames and removes files. Folders are not created there: the gateway only takes files lying
 * directly in them.</li>
 * <li>In its answer folder ({@code out/} of a practice, {@code in/} of an insurer) it reads and removes files, and
 * writes, creates or renames nothing: what lies there comes from the gateway.</li>
 * <li>Permissions, owners and access lists are never changed by the account; dates may be, in the upload
 * folders.</li>
 * <li>Every name it creates follows {@link SftpFileNames}.</li>
 * </ul>
 *
 * <p>Paths are the ones the session sees, its home being {@code /}. The service account has no such rules.
 */
final class HomeRules {

    /** What the account may do with the files of one folder of its home. */
    enum Access {
        /** Read, create, write, rename and remove files. */
        UPLOAD,
        /** Read and remove files. */
        FETCH
    }

    private static final String NO_FOLDERS = "folders cannot be created: files go straight into ";

    private final Map<String, Access> folders;
    private final String uploadFolders;
    private final int maxNameBytes;

    private HomeRules(Map<String, Access> folders, String uploadFolders, int maxNameBytes) {
        this.folders = folders;
        this.uploadFolders = uploadFolders;
        this.maxNameBytes = maxNameBytes;
    }

    /** A practice's home: uploads in {@code in/} and {@code check/}, answers in {@code out/}. */
    static HomeRules practice(int maxNameBytes) {
        return new HomeRules(Map.of("in", Access.UPLOAD, "check", Access.UPLOAD, "out", Access.FETCH),
                "in/ or check/", maxNameBytes);
    }

    /** An insurer's home: invoices in {@code in/}, its answers in {@code out/}. */
    static HomeRules insurer(int maxNameBytes) {
        return new HomeRules(Map.of("out", Access.UPLOAD, "in", Access.FETCH), "out/", maxNameBytes);
    }

    /** Writing into an existing file, truncating it or changing its dates. */
    void checkWrite(Path path) throws SftpRefusal {
        Path p = normalized(path);
        if (p.getNameCount() == 2 && access(p) == Access.UPLOAD) {
            return;
        }
        throw new SftpRefusal(path.toString(), whyNotWritable(p));
    }

    /** Creating a file, by opening it or as the target of a rename or a copy. */
    void checkCreate(Path path) throws SftpRefusal {
        checkWrite(path);
        Path name = normalized(path).getFileName();
        String problem = SftpFileNames.problem(name.toString(), maxNameBytes).orElse(null);
        if (problem != null) {
            throw new SftpRefusal(path.toString(), problem);
        }
    }

    /** Creating a folder: never. */
    void checkMakeDirectory(Path path) throws SftpRefusal {
        throw new SftpRefusal(path.toString(), NO_FOLDERS + uploadFolders);
    }

    /** Removing a file (a folder: never). */
    void checkRemove(Path path, boolean directory) throws SftpRefusal {
        Path p = normalized(path);
        if (!directory && p.getNameCount() == 2 && access(p) != null) {
            return;
        }
        throw new SftpRefusal(path.toString(), p.getNameCount() <= 1
                ? "the home and its folders belong to the gateway"
                : "only the files of your folders can be removed");
    }

    /** Renaming: within the upload folders only, under a valid name. */
    void checkRename(Path from, Path to) throws SftpRefusal {
        checkWrite(from);
        checkCreate(to);
    }

    /** Changing permissions, owner, group or access list: never. */
    void checkChangeAccess(Path path) throws SftpRefusal {
        throw new SftpRefusal(path.toString(), "permissions and owners are kept by the gateway");
    }

    private String whyNotWritable(Path p) {
        if (p.getNameCount() <= 1) {
            return "the home and its folders belong to the gateway: files go into " + uploadFolders;
        }
        Access access = access(p);
        if (access == Access.FETCH) {
            return p.getName(0) + "/ holds what the gateway sends you: it can be read and emptied, not written";
        }
        return "files go straight into " + uploadFolders;
    }

    private Access access(Path p) {
        return folders.get(p.getName(0).toString());
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
