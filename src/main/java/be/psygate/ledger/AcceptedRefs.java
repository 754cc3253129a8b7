package be.psygate.ledger;

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

    /** A 64-bit hash of the pair (FNV-1a over both texts and a separator no text holds, then mixed). */
    static long hash(String practice, String ref) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < practice.length(); i++) {
            h = (h ^ practice.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0x1F) * 0x100000001b3L;
        for (int i = 0; i < ref.length(); i++) {
            h = (h ^ ref.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finaliser of MurmurHash3: every bit of the hash depends on every bit of the input. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** One Bloom filter: its bits a power of two, the positions drawn from the hash by double hashing. */
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
            long h2 = mix(h ^ 0x9E3779B97F4A7C15L) | 1;
            for (int i = 0; i < HASHES; i++) {
                long bit = (h + i * h2) & mask;
                words[(int) (bit >>> 6)] |= 1L << bit;
            }
            count++;
        }

        boolean mayHold(long h) {
            long h2 = mix(h ^ 0x9E3779B97F4A7C15L) | 1;
            for (int i = 0; i < HASHES; i++) {
                long bit = (h + i * h2) & mask;
                if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
