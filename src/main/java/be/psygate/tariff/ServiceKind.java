package be.psygate.tariff;

import java.util.Locale;

/**
 * What a pseudocode pays for: a session with one patient, one participant's place in a group session (4 to 15
 * participants, the fee being for the whole group), or a network mission with no patient and no copay.
 */
public enum ServiceKind {
    INDIVIDUAL,
    GROUP,
    MISSION;

    /** Reads the tariff file's notation: {@code individual}, {@code group} or {@code mission}. */
    public static ServiceKind fromTariffFile(String text) {
        return TariffNotation.read(values(), kind -> kind.name().toLowerCase(Locale.ROOT), "kind", text);
    }
}
