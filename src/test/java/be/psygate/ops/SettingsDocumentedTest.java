package be.psygate.ops;

import be.psygate.sftp.SftpLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings are written down in three places that must agree: the configuration records (whose javadoc the
 * configuration processor turns into {@code META-INF/spring-configuration-metadata.json}), {@code application.yml}
 * (the only place of the defaults) and README (its "Settings" section, and the settings tables of the other
 * sections).
 */
class SettingsDocumentedTest {

    private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");
    private static final Pattern KEY = Pattern.compile("`([a-z0-9.-]+)`");
    private static final Pattern AREA = Pattern.compile("`(psygate\\.[a-z0-9-]+)\\.\\*`");

    private static TreeSet<String> metadata;
    private static List<String> readme;
    private static Map<String, Object> yaml;

    @BeforeAll
    static void read() throws IOException {
        assertThat(METADATA).as("the configuration processor's output (compile first)").exists();
        metadata = new TreeSet<>();
        for (JsonNode p : new ObjectMapper().readTree(METADATA.toFile()).path("properties")) {
            String name = p.path("name").asText();
            if (name.startsWith("psygate.")) {
                metadata.add(name);
            }
        }
        readme = Files.readAllLines(Path.of("README.md"));
        yaml = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.yml"))) {
            Map<String, Object> root = new Yaml().load(in);
            flatten("", root, yaml);
        }
    }

    @Test
    void theMetadataDocumentsEverySettingWithADescription() throws IOException {
        assertThat(metadata).hasSizeGreaterThan(100);
        List<String> undescribed = new ArrayList<>();
        for (JsonNode p : new ObjectMapper().readTree(METADATA.toFile()).path("properties")) {
            if (p.path("name").asText().startsWith("psygate.") && p.path("description").asText("").isBlank()) {
                undescribed.add(p.path("name").asText());
            }
        }
        assertThat(undescribed).as("settings without javadoc on their record component").isEmpty();
    }

    @Test
    void theMetadataStatesNoDefaultOfItsOwn() throws IOException {
        // a primitive component would give the metadata Java's 0 or false as the default, not application.yml's
        List<String> withDefault = new ArrayList<>();
        for (JsonNode p : new ObjectMapper().readTree(METADATA.toFile()).path("properties")) {
            if (p.path("name").asText().startsWith("psygate.") && p.has("defaultValue")) {
                withDefault.add(p.path("name").asText() + "=" + p.path("defaultValue"));
            }
        }
        assertThat(withDefault).as("defaults are application.yml's alone").isEmpty();
    }

    @Test
    void readmesSettingsSectionNamesExactlyTheSettingsOfTheMetadata() {
        assertThat(new TreeSet<>(settingsSection().keySet())).isEqualTo(metadata);
    }

    @Test
    void everySettingOfReadmesOtherTablesExists() {
        assertThat(tableKeys()).isNotEmpty().allSatisfy(key -> assertThat(metadata).as(key).contains(key));
    }

    @Test
    void readmesDefaultsAreThoseOfApplicationYml() {
        Map<String, String> documented = settingsSection();
        documented.forEach((key, shown) -> {
            Object value = yaml.get(key);
            if (shown.equals("unset")) {
                assertThat(value).as(key).isNull();
            } else if (shown.equals("empty")) {
                assertThat(value).as(key).isEqualTo("");
            } else if (shown.startsWith("`")) {
                assertThat(shown).as(key).isEqualTo("`" + value + "`");
            } else {
                assertThat(value).as(key + ": a list").isInstanceOf(List.class);
            }
        });
    }

    @Test
    void applicationYmlSetsNoSettingThatNothingReads() {
        assertThat(yaml.keySet()).filteredOn(k -> k.startsWith("psygate."))
                .allSatisfy(key -> assertThat(metadata).as(key).contains(key));
    }

    @Test
    void theSftpLimitsForServersBuiltWithoutTheConfigurationAreThoseOfApplicationYml() throws IOException {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"));
        SftpLimits bound = new Binder(ConfigurationPropertySources.from(sources))
                .bind("psygate.sftp.limits", SftpLimits.class).get();
        assertThat(SftpLimits.defaults()).isEqualTo(bound);
    }

    /** The rows of README's "Settings" section: key and default as shown. */
    private static Map<String, String> settingsSection() {
        Map<String, String> rows = new LinkedHashMap<>();
        boolean in = false;
        for (String line : readme) {
            if (line.startsWith("## ")) {
                in = line.equals("## Settings");
            } else if (in && line.startsWith("| `psygate.")) {
                String[] cells = line.split(" \\| ");
                rows.put(cells[0].substring(3, cells[0].length() - 1), cells[1]);
            }
        }
        assertThat(rows).as("README's Settings section").isNotEmpty();
        return rows;
    }

    /**
     * The settings the tables outside the Settings section name in their first column: in full, or relative to the
     * area ({@code `psygate.ops.*`}) the heading or paragraph above the table names.
     */
    private static List<String> tableKeys() {
        List<String> keys = new ArrayList<>();
        String area = null;
        boolean table = false;
        for (String line : readme) {
            if (line.equals("## Settings")) {
                break;
            }
            if (!line.startsWith("|")) {
                table = false;
                Matcher a = AREA.matcher(line);
                if (a.find()) {
                    area = a.group(1);
                } else if (line.startsWith("#")) {
                    area = null;
                }
                continue;
            }
            if (!table) {
                // the header row
                table = true;
                continue;
            }
            String first = line.substring(1, line.indexOf('|', 1)).strip();
            Matcher k = KEY.matcher(first);
            while (k.find()) {
                String key = k.group(1);
                if (key.startsWith("psygate.") && !key.endsWith(".")) {
                    keys.add(key);
                } else if (area != null && !key.contains(".") && key.matches("[a-z0-9-]+")) {
                    keys.add(area + "." + key);
                }
            }
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> node, Map<String, Object> out) {
        node.forEach((k, v) -> {
            String key = prefix.isEmpty() ? k : prefix + "." + k;
            if (v instanceof Map<?, ?> m && !m.isEmpty()) {
                flatten(key, (Map<String, Object>) m, out);
            } else {
                out.put(key, v);
            }
        });
    }
}
