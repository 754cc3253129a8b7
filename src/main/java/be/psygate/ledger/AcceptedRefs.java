package be.psygate.ledger;

import be.psygate.rules.Fingerprints;

import java.util.ArrayList;
import java.util.List;

/**
 * The references each practice had accepted, as a filter that never says no to one it was given: a Bloom filter
 * (about ten bits a reference, under 1% of false yeses). On H2 the session ledger asks it first which of a list's
 * references may have been accepted before, and asks the database about those alone: a list whose references are
 * all new, the usual case, reads nothing, where each reference was a search of the unique index, made under the
 * network's lock.
 *
 * <p>It grows by adding a filter twice as large as the last once the last holds what it was sized for, so that the
 * false yeses stay rare whatever the ledger's size; a reference is looked for in each. Thread-safe.
 */
final class AcceptedRefs {

    /** Bits set for each reference. */
    private static final int HASHES = 7;
    /** Bits of a filter for each reference it is sized for. */
    private static final int BITS_A_REF = 10;
    private static final int FIRST_CAPACITY = 1 << 20;

    private final List<Filter> filters = new ArrayList<>();

    AcceptedRefs() {
        filters.add(new Filter(FIRST_CAPACITY));
    }

    /** Notes that the practice had the reference accepted. */
    synchronized void add(String practice, String ref) {
        Filter last = filters.get(filters.size() - 1);
        if (last.count >= last.capacity) {
            last = new Filter(last.capacity * 2);
            filters.add(last);
        }
        last.add(hash(practice, ref));
    }

    /** False when the practice never had the reference accepted (as far as it was told); true when it may have. */
    synchronized boolean mayHold(String practice, String ref) {
        long h = hash(practice, ref);
        for (Filter f : filters) {
            if (f.mayHold(h)) {
                return true;
            }
        }
        return false;
    }

    /** A 64-bit hash of the pair, the two texts apart by a separator no reference or number holds. */
    static long hash(String practice, String ref) {
        return Fingerprints.fingerprint(practice, '\u001F', ref);
    }

    /**
     * One Bloom filter: its bits a power of two, the positions drawn from the hash's two halves (h1 + i h2, Kirsch and
     * Mitzenmacher).
     */
    private static final class Filter {

        final long capacity;
        long count;
        private final long[] words;
        private final long mask;

        Filter(long capacity) {
            this.capacity = capacity;
            long bits = Long.highestOneBit(capacity * BITS_A_REF - 1) << 1;
            this.words = new long[(int) (bits >>> 6)];
            this.mask = bits - 1;
        }

        void add(long h) {
            long h1 = h & 0xFFFFFFFFL;
            long h2 = (h >>> 32) | 1;
            for (int i = 0; i < HASHES; i++) {
                long bit = (h1 + i * h2) & mask;
                words[(int) (bit >>> 6)] |= 1L << bit;
            }
            count++;
        }

        boolean mayHold(long h) {
            long h1 = h & 0xFFFFFFFFL;
            long h2 = (h >>> 32) | 1;
            for (int i = 0; i < HASHES; i++) {
                long bit = (h1 + i * h2) & mask;
                if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
