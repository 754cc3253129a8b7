package be.psygate.billing.format.publiclayout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The eFact layout as the public references lay it out ({@code efact/public-layout.csv}: record, zone, start,
 * length, name), and a reader of a sending that knows nothing else: none of the gateway's classes. Zones are
 * found by the name the public layout gives them.
 */
public final class PublicLayout {

    static final String RESOURCE = "/efact/public-layout.csv";

    /** A zone of the public layout. */
    public record Zone(String record, int number, int start, int length, String name) {
    }

    /** One part of a sending (a segment or a record) with the public layout of its type. */
    public record Part(String type, String text, List<Zone> zones) {

        /** The text of the first zone of that name. */
        public String zone(String name) {
            return text.substring(find(name).start() - 1, find(name).start() - 1 + find(name).length());
        }

        /** The text of the zone that starts at {@code start}. */
        String at(int start) {
            Zone zone = zones.stream().filter(z -> z.start() == start).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no zone of " + type + " starts at " + start));
            return text.substring(start - 1, start - 1 + zone.length());
        }

        private Zone find(String name) {
            return zones.stream().filter(z -> z.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("record " + type + " has no zone " + name));
        }
    }

    private final Map<String, List<Zone>> zones;

    private PublicLayout(Map<String, List<Zone>> zones) {
        this.zones = zones;
    }

    public static PublicLayout load() {
        Map<String, List<Zone>> zones = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(PublicLayout.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!"record,zone,start,length,name".equals(header)) {
                throw new IllegalStateException("unexpected header " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",", 5);
                Zone zone = new Zone(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        f[4]);
                zones.computeIfAbsent(zone.record(), r -> new ArrayList<>()).add(zone);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PublicLayout(zones);
    }

    List<Zone> zones(String record) {
        return zones.get(record);
    }

    /** The length of a part of that type: where its last zone ends. */
    int length(String record) {
        Zone last = zones.get(record).get(zones.get(record).size() - 1);
        return last.start() + last.length() - 1;
    }

    /** A sending cut into its parts: segment 200, segment 300, then records by the type of their first two digits. */
    public List<Part> parts(String sending) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (String segment : List.of("200", "300")) {
            int length = length(segment);
            parts.add(new Part(segment, sending.substring(at, at + length), zones.get(segment)));
            at += length;
        }
        while (at < sending.length()) {
            String type = sending.substring(at, at + 2);
            List<Zone> layout = zones.get(type);
            if (layout == null) {
                throw new IllegalArgumentException("no record type " + type + " in the public layout, at " + at);
            }
            int length = length(type);
            parts.add(new Part(type, sending.substring(at, at + length), layout));
            at += length;
        }
        return parts;
    }

    /**
     * The record check as both public references compute it: the values of the first 348 characters ('0'-'9' 0-9,
     * space 10, a letter of either case 11-36, anything else 37) modulo 97, 0 written 97.
     */
    static int recordCheck(String record) {
        String values = "0123456789 abcdefghijklmnopqrstuvwxyz";
        int sum = 0;
        for (char c : record.substring(0, 348).toCharArray()) {
            int value = values.indexOf(Character.toLowerCase(c));
            sum += value < 0 ? 37 : value;
        }
        int remainder = sum % 97;
        return remainder == 0 ? 97 : remainder;
    }

    /** A control number as both references compute it: the nomenclature codes summed, modulo 97, 0 written 97. */
    static int controlNumber(List<Part> services) {
        long sum = services.stream().mapToLong(s -> Long.parseLong(s.zone("CodeNomenclatureOuPseudoCodeNomenclature")))
                .sum();
        int remainder = (int) (sum % 97);
        return remainder == 0 ? 97 : remainder;
    }

    /** An amount written as a sign followed by cents, in cents. */
    public static long signedCents(String zone) {
        long cents = Long.parseLong(zone.substring(1));
        return switch (zone.charAt(0)) {
            case '+' -> cents;
            case '-' -> -cents;
            default -> throw new IllegalArgumentException("no sign in '" + zone + "'");
        };
    }
}
