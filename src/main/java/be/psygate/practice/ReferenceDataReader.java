package be.psygate.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads a reference-data set from JSON or YAML into {@link ReferenceData}. A field the records do not know is an
 * error (a misspelt field would otherwise be dropped silently), and so is a value of the wrong type; either is
 * reported as a {@link FieldError} naming the entry ({@code practices[3].agreementStart}).
 *
 * <p>YAML is read with SnakeYAML's safe constructor (plain maps, lists and scalars; no tags naming classes), every
 * scalar as text: the records' types decide what a value is, so that an unquoted {@code 0812345603} stays a BCE
 * number and {@code 2022-01-01} a date, as in JSON.
 */
@Component
public class ReferenceDataReader {

    private final ObjectMapper mapper;

    public ReferenceDataReader(ObjectMapper json) {
        this.mapper = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    public ReferenceData fromJson(InputStream in) throws IOException {
        try {
            return mapper.readValue(in, ReferenceData.class);
        } catch (JsonMappingException e) {
            throw new InvalidRegistrationException(List.of(RegistrationErrors.of(e)));
        } catch (JsonProcessingException e) {
            throw new InvalidRegistrationException(List.of(new FieldError("", "not valid JSON"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"))));
        }
    }

    public ReferenceData fromYaml(InputStream in) throws IOException {
        Object document;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            document = yaml().load(reader);
        } catch (MarkedYAMLException e) {
            // the message would quote the document
            throw new InvalidRegistrationException(List.of(new FieldError("", "not valid YAML (line "
                    + (e.getProblemMark() == null ? "?" : e.getProblemMark().getLine() + 1) + ")")));
        } catch (YAMLException e) {
            throw new InvalidRegistrationException(List.of(new FieldError("", "not valid YAML")));
        }
        if (!(document instanceof Map<?, ?>)) {
            throw new InvalidRegistrationException(List.of(new FieldError("",
                    "a mapping with networks: and practices: lists expected")));
        }
        try {
            return mapper.convertValue(document, ReferenceData.class);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonMappingException mapping) {
                throw new InvalidRegistrationException(List.of(RegistrationErrors.of(mapping)));
            }
            throw e;
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        return new Yaml(new ScalarsAsText(options));
    }

    /** The safe constructor, with numbers, booleans and dates left as the text they were written as. */
    private static final class ScalarsAsText extends SafeConstructor {

        ScalarsAsText(LoaderOptions options) {
            super(options);
            for (Tag tag : List.of(Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.TIMESTAMP)) {
                yamlConstructors.put(tag, new ConstructYamlStr());
            }
        }
    }
}
