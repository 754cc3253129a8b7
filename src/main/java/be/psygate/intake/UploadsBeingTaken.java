package be.psygate.intake;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.IdempotentRepository;

/**
 * The uploads this gateway is taking in, by their path on the SFTP server: the in-progress repository that both of
 * the intake's readers share ({@code inProgressRepository}, routes/intake.yaml), instead of one each.
 *
 * <p>Why: Camel's consumer marks a file's path as in progress from the listing that takes it until its exchange is
 * over, its move to the archive included, and skips a path so marked. With a mark per reader, the other reader
 * saw the same upload again as soon as its date changed (a client that sets a file's date once it has closed it,
 * as rclone does): a new claim key ({@code name-size-modified}), claimed once the first reader had confirmed its
 * own and before it had moved the file, and the upload was taken in twice, answered the second time as a duplicate
 * of itself. The claims in the database ({@link IntakeClaims}) still keep an upload to one instance.
 *
 * <p>Shared, it lives as long as the gateway: a reader that stops does not clear the other's marks (Camel's own
 * in-memory repository clears itself when stopped). Thread-safe.
 */
final class UploadsBeingTaken implements IdempotentRepository {

    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    @Override
    public boolean add(String path) {
        return paths.add(path);
    }

    @Override
    public boolean contains(String path) {
        return paths.contains(path);
    }

    @Override
    public boolean remove(String path) {
        return paths.remove(path);
    }

    @Override
    public boolean confirm(String path) {
        return true;
    }

    @Override
    public void clear() {
        paths.clear();
    }

    @Override
    public void start() {
        // nothing to open: the marks are in memory
    }

    @Override
    public void stop() {
        // kept: the other reader may still hold marks (see the class comment)
    }
}
