package be.psygate.sftp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServerPathsTest {

    @Test
    void dotsAndEmptyNamesArePassedOverAndTwoDotsTakeBackTheNameBefore() {
        assertThat(ServerPaths.names("/srv//practices/./alice/../bob/in/")).contains(List.of("srv", "practices", "bob",
                "in"));
        assertThat(ServerPaths.names("practices/..")).contains(List.of());
        assertThat(ServerPaths.names("/")).contains(List.of());
    }

    @Test
    void aPathLeadingAboveTheRootHasNoNames() {
        assertThat(ServerPaths.names("..")).isEmpty();
        assertThat(ServerPaths.names("practices/../../etc")).isEmpty();
        assertThat(ServerPaths.names("/./a/../../a")).isEmpty();
    }
}
