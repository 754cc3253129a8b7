package be.psygate.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RegularFilesTest {

    @TempDir
    Path temp;

    @Test
    void theFilesAtEveryDepthAreHandedOverWithTheirSizeButNoLinkNorFolder() throws Exception {
        Path outside = Files.writeString(temp.resolve("outside.txt"), "not under the folder");
        Path dir = Files.createDirectories(temp.resolve("home/in/2025"));
        Files.writeString(temp.resolve("home/list.csv"), "four");
        Files.writeString(dir.resolve("answer.csv"), "sixsix");
        Files.createSymbolicLink(dir.resolve("link.csv"), outside);
        Files.createSymbolicLink(temp.resolve("home/linked-dir"), temp);

        Map<String, Long> sizes = new HashMap<>();
        RegularFiles.forEach(temp.resolve("home"),
                (file, attributes) -> sizes.put(temp.resolve("home").relativize(file).toString(), attributes.size()));

        assertThat(sizes).containsOnly(Map.entry("list.csv", 4L), Map.entry("in/2025/answer.csv", 6L));
    }
}
