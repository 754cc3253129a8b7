package be.psygate.retention;

import java.time.Instant;
import java.util.List;

/** The files of a folder tree the gateway reads and prunes (the SFTP server's practice homes and archive). */
public interface RemoteFolder extends AutoCloseable {

    /** A regular file, its path relative to the server's root (as given to {@link #files}) and its time. */
    record Entry(String path, Instant modified) {
    }

    /**
     * The regular files under {@code dir}, at most {@code maxDepth} folders down (1: its own files); links are not
     * followed. A folder that does not exist has none.
     */
    List<Entry> files(String dir, int maxDepth);

    void delete(String path);

    @Override
    void close();
}
