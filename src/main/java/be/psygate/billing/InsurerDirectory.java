package be.psygate.billing;

import be.psygate.identity.InsurerCode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The insurers of {@code mappings/insurers.yaml}, read with SnakeYAML's safe loader and validated as a whole when
 * loaded: ids are distinct union codes ({@code 100} ... {@code 900}), every union a mutuality code can start with
 * is served by exactly one insurer, formats exist, an SFTP channel uses folder {@code insurers/<id>/in} and a JMS
 * channel queue {@code psygate.invoices.<id>}, and batches hold at least one line. A file that breaks any of this
 * is refused with every problem listed, so that the gateway does not start with a half-usable directory.
 */
public final class InsurerDirectory {

    /** Where the directory is on the classpath. */
    public static final String RESOURCE = "mappings/insurers.yaml";

    private static final Set<Integer> UNIONS = Set.of(1, 2, 3, 4, 5, 6, 9);

    private final List<Insurer> insurers;
    private final Map<Integer, Insurer> byUnion;
    private final Map<String, Insurer> byId;

    private InsurerDirectory(List<Insurer> insurers) {
        this.insurers = List.copyOf(insurers);
        Map<Integer, Insurer> unions = new HashMap<>();
        Map<String, Insurer> ids = new LinkedHashMap<>();
        for (Insurer insurer : insurers) {
            insurer.unions().forEach(union -> unions.put(union, insurer));
            ids.put(insurer.id(), insurer);
        }
        this.byUnion = Map.copyOf(unions);
        this.byId = Map.copyOf(ids);
    }

    /** Reads {@value #RESOURCE} from the classpath. */
    public static InsurerDirectory fromClasspath() {
        InputStream in = InsurerDirectory.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("not on the classpath: " + RESOURCE);
        }
        try (in) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a directory in UTF-8 YAML. */
    public static InsurerDirectory load(InputStream in) {
        return load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads a directory.
     *
     * @throws IllegalArgumentException listing every problem, when the YAML is not a valid directory
     */
    public static InsurerDirectory load(Reader reader) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("insurers: not readable YAML: " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        List<Insurer> insurers = new ArrayList<>();
        Object list = document instanceof Map<?, ?> map ? map.get("insurers") : null;
        if (!(list instanceof List<?> entries) || entries.isEmpty()) {
            throw new IllegalArgumentException("insurers: the file must hold a non-empty list 'insurers'");
        }
        for (int i = 0; i < entries.size(); i++) {
            String where = "insurers[" + i + "]";
            if (entries.get(i) instanceof Map<?, ?> entry) {
                InsurerReader read = new InsurerReader(where, entry, problems);
                read.insurer().ifPresent(insurers::add);
            } else {
                problems.add(where + ": must be a mapping");
            }
        }
        checkWhole(insurers, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("insurers: " + String.join("; ", problems));
        }
        return new InsurerDirectory(insurers);
    }

    private static void checkWhole(List<Insurer> insurers, List<String> problems) {
        Set<String> ids = new LinkedHashSet<>();
        Map<Integer, String> served = new HashMap<>();
        for (Insurer insurer : insurers) {
            if (!ids.add(insurer.id())) {
                problems.add("id " + insurer.id() + " appears twice");
            }
            for (int union : insurer.unions()) {
                String other = served.putIfAbsent(union, insurer.id());
                if (other != null) {
                    problems.add("union " + union + " is served by both " + other + " and " + insurer.id());
                }
            }
        }
        Set<Integer> missing = new TreeSet<>(UNIONS);
        missing.removeAll(served.keySet());
        if (!missing.isEmpty()) {
            problems.add("no insurer serves union(s) " + missing);
        }
    }

    /** Every insurer, in the order of the file. */
    public List<Insurer> all() {
        return insurers;
    }

    /** The insurer with that id (union code), if any. */
    public Optional<Insurer> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The insurer that serves a mutuality: the one whose unions hold the mutuality's first digit. */
    public Insurer forMutuality(InsurerCode mutuality) {
        Insurer insurer = byUnion.get(mutuality.union());
        if (insurer == null) {
            // the directory serves every union at load, and an insurer code always has one of them
            throw new IllegalStateException("no insurer serves union " + mutuality.union());
        }
        return insurer;
    }

    /** Reads one entry, adding what is wrong with it to the problems. */
    private static final class InsurerReader {

        private static final Set<String> KEYS =
                new LinkedHashSet<>(List.of("id", "name", "unions", "format", "channel", "maxLinesPerBatch"));

        private final String where;
        private final Map<?, ?> entry;
        private final List<String> problems;
        private final int before;

        InsurerReader(String where, Map<?, ?> entry, List<String> problems) {
            this.where = where;
            this.entry = entry;
            this.problems = problems;
            this.before = problems.size();
        }

        Optional<Insurer> insurer() {
            for (Object key : entry.keySet()) {
                if (!KEYS.contains(key)) {
                    problem("unknown key " + key + " (known: " + KEYS + ")");
                }
            }
            String id = text("id");
            if (id != null && (!InsurerCode.isValid(id) || !id.endsWith("00"))) {
                problem("id must be a union code (100, 200, ..., 600, 900), got " + id);
            }
            String label = id == null ? where : where + " (" + id + ")";
            String name = text("name");
            Set<Integer> unions = unions();
            String format = text("format");
            if (format != null && !Formats.INVOICES.exists(format)) {
                problem("format " + format + " is not one of " + Formats.INVOICES.names());
            }
            Insurer.Channel channel = channel(id);
            Integer maxLines = positive("maxLinesPerBatch");
            if (problems.size() > before) {
                return Optional.empty();
            }
            if (!unions.contains(id.charAt(0) - '0')) {
                problem("the unions of " + label + " do not include its own, " + id.charAt(0));
                return Optional.empty();
            }
            return Optional.of(new Insurer(id, name, unions, format.toLowerCase(Locale.ROOT), channel, maxLines));
        }

        private Set<Integer> unions() {
            Object value = entry.get("unions");
            if (!(value instanceof Collection<?> list) || list.isEmpty()) {
                problem("unions must be a non-empty list of digits");
                return Set.of();
            }
            Set<Integer> unions = new TreeSet<>();
            for (Object union : list) {
                if (union instanceof Integer digit && UNIONS.contains(digit)) {
                    unions.add(digit);
                } else {
                    problem("union " + union + " is not one of " + new TreeSet<>(UNIONS));
                }
            }
            return unions;
        }

        private Insurer.Channel channel(String id) {
            if (!(entry.get("channel") instanceof Map<?, ?> channel)) {
                problem("channel must be a mapping with a type (sftp or jms)");
                return null;
            }
            Object type = channel.get("type");
            if ("sftp".equals(type)) {
                return address(channel, "folder", Insurer.Channel.Type.SFTP, "insurers/" + id + "/in");
            }
            if ("jms".equals(type)) {
                return address(channel, "queue", Insurer.Channel.Type.JMS, "psygate.invoices." + id);
            }
            problem("channel type must be sftp or jms, got " + type);
            return null;
        }

        private Insurer.Channel address(Map<?, ?> channel, String key, Insurer.Channel.Type type, String expected) {
            Object address = channel.get(key);
            if (!expected.equals(address)) {
                problem("a " + type.name().toLowerCase(Locale.ROOT) + " channel needs " + key + " " + expected
                        + ", got " + address);
                return null;
            }
            return new Insurer.Channel(type, expected);
        }

        private String text(String key) {
            Object value = entry.get(key);
            if (!(value instanceof String text) || text.isBlank()) {
                problem(key + " must be a non-empty text" + (value == null ? "" : " (quote numbers: \"100\")"));
                return null;
            }
            return text.strip();
        }

        private Integer positive(String key) {
            Object value = entry.get(key);
            if (!(value instanceof Integer number) || number <= 0) {
                problem(key + " must be a positive whole number, got " + value);
                return null;
            }
            return number;
        }

        private void problem(String message) {
            problems.add(where + ": " + message);
        }
    }
}
