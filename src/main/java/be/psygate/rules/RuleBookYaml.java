package be.psygate.rules;

import be.psygate.identity.InvalidIdentifierException;
import be.psygate.identity.Pseudocode;
import be.psygate.tariff.Care;
import be.psygate.tariff.DatedFiles;
import be.psygate.tariff.ServiceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a {@link RuleSet} from its YAML file in {@code mappings/rules/}, named by the first session date it governs
 * (e.g. {@code 2021-09-01.yaml}). The file holds parameters only:
 *
 * <pre>
 * name: 2021 convention ...
 * validFrom: 2021-09-01          # must repeat the file's date
 * validUntil: 2030-12-31         # optional, inclusive; absent: until the next rule set
 * referral: {required: true, seriesSize: 4, renewals: 1}     # or {required: false}
 * patientCeilings:                # exactly one of:
 *   perYear: 8                    #   one ceiling for all sessions of a patient in a calendar year
 *   byCareAndKind:                #   or one per network public, care level and kind
 *     ADULTS: {SPPL: {individual: 8, group: 5}, SPS: {individual: 20, group: 12}}
 *     CHILDREN: {...}
 * targetAges: {ADULTS: {min: 15}, CHILDREN: {max: 23}}      # {} for no bound
 * groupSize: {min: 4, max: 15}
 * copayExemptions:                # optional entries
 *   upToAge: {maxAge: 23, from: 2024-02-01}   # maxAge included
 *   pseudocodes: {from: 2023-09-01, codes: [791976, 792013]}
 * </pre>
 *
 * Everything is checked when the file is read; a wrong file is refused as a whole with a {@link RuleFileException}
 * naming the line and the entry.
 */
public final class RuleBookYaml {

    /** Where the rule sets travel inside the jar. */
    public static final String CLASSPATH_DIRECTORY = "mappings/rules/";

    private static final String[] ROOT_KEYS = {"name", "validFrom", "validUntil", "referral", "patientCeilings",
        "targetAges", "groupSize", "copayExemptions"};
    private static final DatedFiles<RuleSet, RuleFileException> FILES = new DatedFiles<>("rule", ".yaml",
            RuleBookYaml::validFromOf, RuleBookYaml::read, RuleFileException.class, RuleFileException::new);

    private RuleBookYaml() {
    }

    /** Reads the rule set in force from {@code validFrom}, refusing a file whose own validFrom differs. */
    public static RuleSet read(Reader reader, LocalDate validFrom) {
        YamlMap root = YamlMap.root(compose(reader)).allowOnly(ROOT_KEYS);
        String name = root.string("name");
        LocalDate declaredFrom = root.date("validFrom");
        if (!declaredFrom.equals(validFrom)) {
            throw root.problem("validFrom", declaredFrom + " differs from the date the file is named by, " + validFrom);
        }
        LocalDate validUntil = root.optionalDate("validUntil").orElse(null);
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw root.problem("validUntil", validUntil + " is before validFrom " + validFrom);
        }
        return new RuleSet(name, validFrom, validUntil,
                referral(root.map("referral")),
                patientCeilings(root.map("patientCeilings")),
                targetAges(root.map("targetAges")),
                groupSize(root.map("groupSize")),
                copayExemptions(root.optionalMap("copayExemptions"), validFrom, validUntil));
    }

    /** Reads a rule set from a file named by its start date, e.g. {@code 2019-04-01.yaml}. */
    public static RuleSet read(Path file) {
        return FILES.read(file);
    }

    /** Reads every {@code *.yaml} rule set of a directory into a book. */
    public static RuleBook readDirectory(Path directory) {
        return new RuleBook(FILES.readDirectory(directory));
    }

    /** Reads the named files of {@value #CLASSPATH_DIRECTORY} from the classpath into a book. */
    public static RuleBook fromClasspath(String... fileNames) {
        List<RuleSet> sets = new ArrayList<>();
        for (String fileName : fileNames) {
            InputStream in = RuleBookYaml.class.getClassLoader().getResourceAsStream(CLASSPATH_DIRECTORY + fileName);
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_DIRECTORY + fileName + " is not on the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                sets.add(read(reader, validFromOf(fileName)));
            } catch (RuleFileException e) {
                throw new RuleFileException(fileName + ", " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the rule file " + fileName, e);
            }
        }
        return new RuleBook(sets);
    }

    /** The first session date a rule set governs, from its file name {@code yyyy-MM-dd.yaml}. */
    public static LocalDate validFromOf(String fileName) {
        String date = fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5) : fileName;
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new RuleFileException("A rule file is named by the first session date it governs, e.g."
                    + " 2021-09-01.yaml, got " + fileName, e);
        }
    }

    private static Node compose(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            return new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (YAMLException e) {
            throw new RuleFileException("not readable as YAML: " + e.getMessage(), e);
        }
    }

    private static ReferralRule referral(YamlMap referral) {
        referral.allowOnly("required", "seriesSize", "renewals");
        if (!referral.bool("required")) {
            if (referral.has("seriesSize") || referral.has("renewals")) {
                throw referral.problem(referral.has("seriesSize") ? "seriesSize" : "renewals",
                        "only applies when a referral is required");
            }
            return ReferralRule.notRequired();
        }
        return ReferralRule.series(referral.integer("seriesSize", 1), referral.integer("renewals", 0));
    }

    private static PatientCeilings patientCeilings(YamlMap ceilings) {
        ceilings.allowOnly("perYear", "byCareAndKind");
        if (ceilings.has("perYear") == ceilings.has("byCareAndKind")) {
            throw ceilings.problem("perYear", "give exactly one of perYear and byCareAndKind");
        }
        if (ceilings.has("perYear")) {
            return new PatientCeilings.PerYear(ceilings.integer("perYear", 1));
        }
        YamlMap byPublic = ceilings.map("byCareAndKind");
        Map<NetworkPublic, Map<Care, Map<ServiceKind, Integer>>> table = new EnumMap<>(NetworkPublic.class);
        for (String publicName : byPublic.keys()) {
            NetworkPublic networkPublic = parsed(byPublic, publicName, NetworkPublic::valueOf, "ADULTS or CHILDREN");
            YamlMap byCare = byPublic.map(publicName);
            Map<Care, Map<ServiceKind, Integer>> cares = new EnumMap<>(Care.class);
            for (String careName : byCare.keys()) {
                Care care = parsed(byCare, careName, RuleBookYaml::countedCare, "SPPL or SPS");
                YamlMap byKind = byCare.map(careName);
                Map<ServiceKind, Integer> kinds = new EnumMap<>(ServiceKind.class);
                for (String kindName : byKind.keys()) {
                    ServiceKind kind = parsed(byKind, kindName, RuleBookYaml::countedKind, "individual or group");
                    kinds.put(kind, byKind.integer(kindName, 1));
                }
                cares.put(care, kinds);
            }
            table.put(networkPublic, cares);
        }
        for (NetworkPublic networkPublic : NetworkPublic.values()) {
            if (!table.containsKey(networkPublic)) {
                throw ceilings.problem("byCareAndKind", "gives no ceilings for " + networkPublic);
            }
        }
        return new PatientCeilings.ByCareAndKind(table);
    }

    private static Map<NetworkPublic, AgeRange> targetAges(YamlMap ages) {
        Map<NetworkPublic, AgeRange> ranges = new EnumMap<>(NetworkPublic.class);
        for (String publicName : ages.keys()) {
            NetworkPublic networkPublic = parsed(ages, publicName, NetworkPublic::valueOf, "ADULTS or CHILDREN");
            YamlMap range = ages.map(publicName).allowOnly("min", "max");
            Integer min = range.optionalInteger("min", 0).orElse(null);
            Integer max = range.optionalInteger("max", 0).orElse(null);
            if (min != null && max != null && min > max) {
                throw range.problem("max", "is below min " + min);
            }
            ranges.put(networkPublic, new AgeRange(min, max));
        }
        for (NetworkPublic networkPublic : NetworkPublic.values()) {
            if (!ranges.containsKey(networkPublic)) {
                throw ages.problem(networkPublic.name(), "is missing ({} for no bound)");
            }
        }
        return ranges;
    }

    private static GroupSize groupSize(YamlMap size) {
        size.allowOnly("min", "max");
        int min = size.integer("min", 1);
        int max = size.integer("max", 1);
        if (max < min) {
            throw size.problem("max", "is below min " + min);
        }
        return new GroupSize(min, max);
    }

    private static List<CopayExemption> copayExemptions(Optional<YamlMap> section, LocalDate validFrom,
            LocalDate validUntil) {
        List<CopayExemption> exemptions = new ArrayList<>();
        if (section.isEmpty()) {
            return exemptions;
        }
        YamlMap all = section.get().allowOnly("upToAge", "pseudocodes");
        if (all.has("upToAge")) {
            YamlMap upToAge = all.map("upToAge").allowOnly("maxAge", "from");
            exemptions.add(new CopayExemption.UpToAge(upToAge.integer("maxAge", 0),
                    startInPeriod(upToAge, validFrom, validUntil)));
        }
        if (all.has("pseudocodes")) {
            YamlMap byCode = all.map("pseudocodes").allowOnly("from", "codes");
            Set<Pseudocode> codes = new LinkedHashSet<>();
            for (String text : byCode.strings("codes")) {
                try {
                    if (!codes.add(Pseudocode.parse(text))) {
                        throw byCode.problem("codes", text + " is listed twice");
                    }
                } catch (InvalidIdentifierException e) {
                    throw byCode.problem("codes", e.getMessage() + " ('" + text + "')");
                }
            }
            if (codes.isEmpty()) {
                throw byCode.problem("codes", "must list at least one pseudocode");
            }
            exemptions.add(new CopayExemption.ForPseudocodes(codes, startInPeriod(byCode, validFrom, validUntil)));
        }
        return exemptions;
    }

    private static LocalDate startInPeriod(YamlMap exemption, LocalDate validFrom, LocalDate validUntil) {
        LocalDate from = exemption.date("from");
        if (from.isBefore(validFrom) || validUntil != null && from.isAfter(validUntil)) {
            throw exemption.problem("from", from + " is outside the rule set's period, from " + validFrom
                    + (validUntil == null ? "" : " to " + validUntil));
        }
        return from;
    }

    private static Care countedCare(String text) {
        Care care = Care.valueOf(text);
        if (care == Care.NONE) {
            throw new IllegalArgumentException("no ceiling for care NONE");
        }
        return care;
    }

    private static ServiceKind countedKind(String text) {
        ServiceKind kind = ServiceKind.fromTariffFile(text);
        if (kind == ServiceKind.MISSION) {
            throw new IllegalArgumentException("no ceiling for missions");
        }
        return kind;
    }

    private static <T> T parsed(YamlMap map, String key, Function<String, T> parser, String expected) {
        try {
            return parser.apply(key);
        } catch (IllegalArgumentException e) {
            throw map.problem(key, "is not a known key, expected " + expected);
        }
    }
}
