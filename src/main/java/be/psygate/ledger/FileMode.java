package be.psygate.ledger;

/** Where a practice dropped a list: {@code in/} to bill it, {@code check/} to see the answer only. */
public enum FileMode {
    BILL("in"), CHECK("check");

    private final String folder;

    FileMode(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    public static FileMode ofFolder(String folder) {
        for (FileMode mode : values()) {
            if (mode.folder.equals(folder)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("not a drop folder: " + folder);
    }
}
