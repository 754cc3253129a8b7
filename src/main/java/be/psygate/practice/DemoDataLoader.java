package be.psygate.practice;

import be.psygate.practice.ReferenceData.Loaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;

/**
 * Loads the demo networks and practices ({@code test-fixtures/demo/demo.yaml}) when the demo configuration is on,
 * as {@code POST /api/reference-data} would. Runs once the database is migrated and before the routes take in
 * anything; loading is idempotent.
 */
@Component
@ConditionalOnProperty(name = "psygate.demo.enabled", havingValue = "true")
public class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    public DemoDataLoader(DemoProperties demo, ResourceLoader resources,
                          ReferenceDataReader reader, ReferenceDataService referenceData) throws IOException {
        String location = demo.data();
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            log.warn("Demo data {} not found: no demo practice is registered", location);
            return;
        }
        try (InputStream in = resource.getInputStream()) {
            Loaded loaded = referenceData.load(reader.fromYaml(in));
            log.info("Demo data loaded from {}: networks {}, practices {}", location, loaded.networks(),
                    loaded.practices());
        }
    }
}
