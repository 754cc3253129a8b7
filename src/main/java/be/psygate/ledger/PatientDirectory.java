package be.psygate.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Where each patient's accepted sessions lie in the session ledger: the list (its file's id) and the line, by the
 * patient's national number. On H2 the ledger keeps this in memory in place of an index of the database
 * ({@code db/vendor/h2/V28}): a list's two hundred patients land on about as many pages of such an index, each copied
 * and written whole at the list's commit, which was a third of what a list's writes cost H2. Here a session costs
 * sixteen bytes and its writing a few array stores.
 *
 * <p>It may name more places than hold an accepted session of the patient (a list rolled back, a line refused since),
 * never fewer: the reader fetches the rows it names and keeps the accepted ones of the patients asked for. A place
 * added again (a list taken in again after a rollback, the ledger read again) is kept once.
 *
 * <p>Thread-safe. The numbers are kept in open addressing ({@code keys}, the number plus one, zero a free slot); each
 * patient's places are a chain through {@code next}, from the latest added.
 */
final class PatientDirectory {

    /** One place in the ledger: a list's file and a line of it. */
    record Place(long fileId, int lineNumber) {
    }

    private static final int NONE = -1;

    private long[] keys = new long[1024];
    private int[] heads = new int[1024];
    private int patients;

    private long[] files = new long[1024];
    private int[] lines = new int[1024];
    private int[] next = new int[1024];
    private int places;

    /**
     * Notes an accepted session of {@code patient} (a national number's eleven digits as a number) at a place, unless
     * the patient has it already.
     */
    synchronized void add(long patient, long fileId, int lineNumber) {
        if (patient < 0) {
            throw new IllegalArgumentException("a national number is not negative");
        }
        int slot = slotOf(patient);
        if (keys[slot] != 0) {
            for (int i = heads[slot]; i != NONE; i = next[i]) {
                if (files[i] == fileId && lines[i] == lineNumber) {
                    return;
                }
            }
        } else {
            keys[slot] = patient + 1;
            heads[slot] = NONE;
            patients++;
            if (patients * 4 > keys.length * 3) {
                rehash(keys.length * 2);
                slot = slotOf(patient);
            }
        }
        if (places == files.length) {
            int size = files.length + (files.length >> 1);
            files = Arrays.copyOf(files, size);
            lines = Arrays.copyOf(lines, size);
            next = Arrays.copyOf(next, size);
        }
        files[places] = fileId;
        lines[places] = lineNumber;
        next[places] = heads[slot];
        heads[slot] = places;
        places++;
    }

    /** The places of these patients' sessions, each once (a patient named twice counts once), in no particular order. */
    synchronized List<Place> placesOf(Collection<Long> of) {
        List<Place> found = new ArrayList<>();
        for (long patient : new LinkedHashSet<>(of)) {
            if (patient < 0) {
                continue;
            }
            int slot = slotOf(patient);
            for (int i = keys[slot] == 0 ? NONE : heads[slot]; i != NONE; i = next[i]) {
                found.add(new Place(files[i], lines[i]));
            }
        }
        return found;
    }

    /** How many patients it knows. */
    synchronized int patients() {
        return patients;
    }

    /** How many places it holds. */
    synchronized int places() {
        return places;
    }

    /** The slot of the patient: its own, or the free one where it would go. */
    private int slotOf(long patient) {
        long key = patient + 1;
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash(int size) {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[size];
        heads = new int[size];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slotOf(oldKeys[i] - 1);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }

    /** Spreads a number's bits over the slots (national numbers share their date of birth's digits). */
    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
