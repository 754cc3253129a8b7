package be.psygate.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One mapping of a YAML node tree, read strictly: every scalar is taken as written (no implicit typing by the YAML
 * library, so {@code 2019-02-30} is an error, not a date in March), unknown or repeated keys are errors, and every
 * error names the line and the dotted path of the entry.
 */
final class YamlMap {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

    private final String path;
    private final Node node;
    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final Map<String, Node> keyNodes = new LinkedHashMap<>();

    private YamlMap(String path, Node node) {
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, path, "must be a mapping of keys to values");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error(tuple.getKeyNode(), path, "a key must be a plain word");
            }
            if (entries.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
                throw error(key, pathOf(key.getValue()), "is given twice");
            }
            keyNodes.put(key.getValue(), key);
        }
    }

    static YamlMap root(Node node) {
        if (node == null) {
            throw new RuleFileException("the file is empty");
        }
        return new YamlMap("", node);
    }

    /** Refuses any key not in {@code allowed}: a misspelt key would otherwise be silently ignored. */
    YamlMap allowOnly(String... allowed) {
        List<String> known = Arrays.asList(allowed);
        for (String key : entries.keySet()) {
            if (!known.contains(key)) {
                throw problem(key, "is not a known entry (expected one of " + known + ")");
            }
        }
        return this;
    }

    Set<String> keys() {
        return entries.keySet();
    }

    boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key));
    }

    YamlMap map(String key) {
        return new YamlMap(pathOf(key), required(key));
    }

    Optional<YamlMap> optionalMap(String key) {
        return has(key) ? Optional.of(map(key)) : Optional.empty();
    }

    String string(String key) {
        String text = scalar(key);
        if (text.isBlank()) {
            throw problem(key, "must not be empty");
        }
        return text;
    }

    boolean bool(String key) {
        String text = scalar(key);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw problem(key, "must be true or false, got '" + text + "'");
        };
    }

    int integer(String key, int min) {
        String text = scalar(key);
        if (!WHOLE_NUMBER.matcher(text).matches() || Integer.parseInt(text) < min) {
            throw problem(key, "must be a whole number from " + min + ", got '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    Optional<Integer> optionalInteger(String key, int min) {
        return has(key) ? Optional.of(integer(key, min)) : Optional.empty();
    }

    LocalDate date(String key) {
        String text = scalar(key);
        try {
            if (!ISO_DATE.matcher(text).matches()) {
                throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(key, "must be a date that exists, written yyyy-MM-dd, got '" + text + "'");
        }
    }

    Optional<LocalDate> optionalDate(String key) {
        return has(key) ? Optional.of(date(key)) : Optional.empty();
    }

    /** A sequence of scalars, each as written. */
    List<String> strings(String key) {
        Node value = required(key);
        if (!(value instanceof SequenceNode sequence)) {
            throw problem(key, "must be a list, e.g. [a, b]");
        }
        List<String> texts = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw error(item, pathOf(key), "must hold plain values only");
            }
            texts.add(scalar.getValue().strip());
        }
        return texts;
    }

    /** An error about the entry {@code key} of this mapping, at the line of its key (of the mapping if absent). */
    RuleFileException problem(String key, String problem) {
        return error(keyNodes.getOrDefault(key, node), pathOf(key), problem);
    }

    private Node required(String key) {
        Node value = entries.get(key);
        if (value == null || isNull(value)) {
            throw error(node, pathOf(key), "is missing");
        }
        return value;
    }

    private String scalar(String key) {
        Node value = required(key);
        if (!(value instanceof ScalarNode scalar)) {
            throw problem(key, "must be a single value");
        }
        return scalar.getValue().strip();
    }

    private String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && NULLS.contains(scalar.getValue().strip());
    }

    private static RuleFileException error(Node at, String path, String problem) {
        int line = at.getStartMark() == null ? 0 : at.getStartMark().getLine() + 1;
        return new RuleFileException("line " + line + ", " + (path.isEmpty() ? "the document" : path) + ": "
                + problem);
    }
}
