package be.psygate.practice;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo networks and practices ({@code test-fixtures/demo/demo.yaml}) when the demo configuration is on.
 * Runs once the database is migrated and before the routes take in anything; registering is idempotent.
 */
@Component
@ConditionalOnProperty(name = "psygate.demo.enabled", havingValue = "true")
public class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    public DemoDataLoader(@Value("${psygate.demo.data}") String location, ResourceLoader resources,
                          NetworkRepository networks, PracticeService practices, ObjectMapper json) throws IOException {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            log.warn("Demo data {} not found: no demo practice is registered", location);
            return;
        }
        ObjectMapper mapper = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = resource.getInputStream()) {
            Map<String, List<Map<String, Object>>> data = new Yaml().load(in);
            for (Map<String, Object> n : data.getOrDefault("networks", List.of())) {
                networks.save(mapper.convertValue(n, Network.class));
            }
            List<Map<String, Object>> list = data.getOrDefault("practices", List.of());
            for (Map<String, Object> p : list) {
                practices.register(mapper.convertValue(p, PracticeRegistration.class));
            }
            log.info("Demo data loaded from {}: {} practices", location, list.size());
        }
    }
}
