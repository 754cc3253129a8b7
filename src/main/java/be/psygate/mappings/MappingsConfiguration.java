package be.psygate.mappings;

import be.psygate.billing.InsurerDirectory;
import be.psygate.rules.ReasonCatalogue;
import be.psygate.tariff.TariffBook;
import be.psygate.tariff.TariffCsv;
import be.psygate.tariff.TariffVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference data of {@code mappings/} as beans: tariff versions and reason texts. They travel inside the jar;
 * {@code psygate.mappings} may point elsewhere (e.g. {@code file:/etc/psygate/mappings/}) to change them without a
 * new build.
 */
@Configuration
public class MappingsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MappingsConfiguration.class);

    private final String location;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    public MappingsConfiguration(@Value("${psygate.mappings:classpath:mappings/}") String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    @Bean
    public TariffBook tariffBook() throws IOException {
        List<TariffVersion> versions = new ArrayList<>();
        for (Resource r : resolver.getResources(location + "tariffs/*.csv")) {
            try (Reader reader = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                versions.add(TariffCsv.read(TariffCsv.validFromOf(r.getFilename()), reader));
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalStateException("No tariff version found under " + location + "tariffs/");
        }
        log.info("Tariff versions from {}tariffs/: {}", location,
                versions.stream().map(v -> v.validFrom() + " (" + v.tariffs().size() + " codes)").sorted().toList());
        return new TariffBook(versions);
    }

    @Bean
    public ReasonCatalogue reasonCatalogue() throws IOException {
        Resource r = resolver.getResource(location + "reasons.csv");
        try (Reader reader = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
            return ReasonCatalogue.load(reader);
        }
    }

    @Bean
    public InsurerDirectory insurerDirectory() throws IOException {
        try (InputStream in = resolver.getResource(location + "insurers.yaml").getInputStream()) {
            return InsurerDirectory.load(in);
        }
    }

    @Bean
    public Clock clock() {
        return Clock.systemDefaultZone();
    }
}
