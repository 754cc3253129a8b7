package be.psygate.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** The regular files under a folder, links not followed, as the gateway counts or lists what a folder holds. */
public final class RegularFiles {

    private RegularFiles() {
    }

    /**
     * Hands every regular file under {@code dir} (at any depth; a link is not followed, not even to a file) to
     * {@code file} with its attributes; a file removed while the folder is walked is passed over.
     *
     * @throws IOException when {@code dir} cannot be walked
     */
    public static void forEach(Path dir, BiConsumer<Path, BasicFileAttributes> file) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.forEach(f -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile()) {
                        file.accept(f, a);
                    }
                } catch (IOException e) {
                    // removed while walked: it holds nothing any more
                }
            });
        }
    }
}
