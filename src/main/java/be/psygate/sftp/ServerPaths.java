package be.psygate.sftp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Paths as the SFTP server takes them: names between {@code /}, {@code .} and {@code ..} resolved. */
public final class ServerPaths {

    private ServerPaths() {
    }

    /**
     * The names {@code path} leads through, in order: empty names and {@code .} passed over, a {@code ..} taking back
     * the name before it; empty when a {@code ..} leads above the root.
     */
    public static Optional<List<String>> names(String path) {
        List<String> names = new ArrayList<>();
        for (String name : path.split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (names.isEmpty()) {
                    return Optional.empty();
                }
                names.remove(names.size() - 1);
            } else {
                names.add(name);
            }
        }
        return Optional.of(names);
    }
}
