package be.psygate.rules;

import java.util.Arrays;

/**
 * What a list has seen of one kind (its line references, its sessions), by 64-bit fingerprint, each with the number
 * of the first line that had it: 16 bytes a line in an open-addressing table, instead of the few hundred bytes of a
 * map of objects, so that a list of a million lines is checked in a bounded heap.
 *
 * <p>Two different values share a fingerprint with a probability of about n&sup2;/2<sup>65</sup> (3 in 100 million
 * for a million lines); the only effect would be a line of that list refused as a repeat of another of its own lines.
 * Not thread-safe.
 */
public final class Fingerprints {

    private static final long EMPTY = 0L;
    /** Stands for the fingerprint 0, which marks an empty slot. */
    private static final long ZERO = 0x9E3779B97F4A7C15L;

    private long[] keys = new long[64];
    private long[] values = new long[64];
    private int size;

    /**
     * Remembers {@code value} under {@code text}'s fingerprint unless one is there.
     *
     * @return the value already there, or -1 if there was none (and {@code value} is now)
     */
    long putIfAbsent(String text, long value) {
        long key = fingerprint(text);
        int i = slot(key);
        if (keys[i] != EMPTY) {
            return values[i];
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1;
    }

    /** The value under {@code text}'s fingerprint, or -1. */
    long get(String text) {
        int i = slot(fingerprint(text));
        return keys[i] != EMPTY ? values[i] : -1;
    }

    /** Where {@code key} is, or else the empty slot where it would go: open addressing, probing one by one. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
        Arrays.fill(oldKeys, 0);
    }

    /** FNV-1a over the text's characters, then a finalizer that spreads every bit; never 0. */
    public static long fingerprint(String text) {
        long h = feed(0xcbf29ce484222325L, text);
        return finish(h, text.length());
    }

    /**
     * The fingerprint of {@code first + separator + second}, without building that text: the same value as
     * {@link #fingerprint(String)} of it.
     */
    public static long fingerprint(String first, char separator, String second) {
        long h = feed(feed(0xcbf29ce484222325L, first), separator);
        h = feed(h, second);
        return finish(h, first.length() + 1 + second.length());
    }

    private static long feed(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = feed(h, text.charAt(i));
        }
        return h;
    }

    private static long feed(long h, char c) {
        h ^= c & 0xff;
        h *= 0x100000001b3L;
        h ^= c >>> 8;
        return h * 0x100000001b3L;
    }

    private static long finish(long h, int length) {
        h = mix(h ^ length);
        return h == EMPTY ? ZERO : h;
    }

    /** MurmurHash3's 64-bit finalizer. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
