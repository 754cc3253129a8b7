package be.psygate.rules;

/** How many participants a group session has under a convention, both bounds inclusive (4 to 15 since 2021). */
public record GroupSize(int min, int max) {

    public GroupSize {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("A group has from min >= 1 to max >= min participants, got "
                    + min + " to " + max);
        }
    }

    public boolean contains(int participants) {
        return participants >= min && participants <= max;
    }
}
