package be.psygate.mappings;

import be.psygate.billing.InsurerDirectory;
import be.psygate.rules.ReasonCatalogue;
import be.psygate.rules.RuleBook;
import be.psygate.rules.RuleBookYaml;
import be.psygate.rules.RuleSet;
import be.psygate.storage.GatewayProperties;
import be.psygate.tariff.ConventionCodes;
import be.psygate.tariff.TariffBook;
import be.psygate.tariff.TariffCsv;
import be.psygate.tariff.TariffVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    public MappingsConfiguration(GatewayProperties gateway) {
        String location = gateway.mappings();
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /**
     * The tariff versions of {@code tariffs/*.csv} and the convention's list of pseudocodes ({@code pseudocodes.csv}),
     * which knows the codes that no version prices yet.
     */
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
        ConventionCodes codes;
        try (Reader reader = new InputStreamReader(
                resolver.getResource(location + "pseudocodes.csv").getInputStream(), StandardCharsets.UTF_8)) {
            codes = ConventionCodes.read(reader);
        }
        log.info("Convention pseudocodes from {}pseudocodes.csv: {} codes", location, codes.codes().size());
        return new TariffBook(versions, codes);
    }

    @Bean
    public RuleBook ruleBook() throws IOException {
        List<RuleSet> sets = new ArrayList<>();
        for (Resource r : resolver.getResources(location + "rules/*.yaml")) {
            try (Reader reader = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                sets.add(RuleBookYaml.read(reader, RuleBookYaml.validFromOf(r.getFilename())));
            }
        }
        RuleBook book = new RuleBook(sets);
        log.info("Convention rule sets from {}rules/: {}", location,
                book.ruleSets().stream().map(RuleSet::name).toList());
        return book;
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

    /** The gateway's one clock, in Brussels time (see {@link ClockProperties}). */
    @Bean
    public Clock clock(ClockProperties props) {
        if (props.fixed() != null) {
            log.warn("The gateway's clock is pinned at {}", props.fixed());
        }
        return props.clock();
    }
}
