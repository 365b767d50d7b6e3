package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.modelcensus.attribution.CountryCode;
import org.modelcensus.attribution.DeveloperType;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.RegistryEntry;
import org.modelcensus.source.ModelId;
import org.modelcensus.source.scan.FoundReference;
import org.modelcensus.source.scan.ModelNames;
import org.modelcensus.source.scan.ProjectScan;
import org.modelcensus.source.scan.Scope;

/**
 * Attributes what a code scan found and measures dependence: each reference to the developer of what it names (a Hub
 * repository's owner, unknown where the registry does not list it; for a name without an owner, such as an Ollama tag
 * or a vendor's name, its family's developer), and to its roots' developers (from the
 * store's lineage when given, else the family of an intermediary's repository); a project depends on a country when
 * one of its counted references names a model of that country. Shares are of all projects scanned.
 */
public final class DependenceCalculator {
    private final OrganizationRegistry registry;

    public DependenceCalculator(OrganizationRegistry registry) {
        this.registry = requireNonNull(registry, "registry is null");
    }

    /**
     * @param roots each Hub model's roots from the store's lineage, by lower-case id (empty map: no store)
     * @param store the store the roots come from, named in the result
     */
    public Dependence measure(
            List<ProjectScan> scans,
            Set<Scope> counted,
            Map<String, List<StoredRoots.Root>> roots,
            Optional<String> store) {
        requireNonNull(scans, "scans is null");
        requireNonNull(counted, "counted is null");
        requireNonNull(roots, "roots is null");
        List<Dependence.Project> projects = new ArrayList<>();
        Map<String, Long> uploaderProjects = new TreeMap<>();
        Map<String, Long> originProjects = new TreeMap<>();
        Map<String, Long> uploaderModels = new TreeMap<>();
        Map<String, Long> originModels = new TreeMap<>();
        long references = 0;
        long countedReferences = 0;
        long unresolved = 0;
        long withModels = 0;
        for (ProjectScan scan : scans) {
            List<Dependence.Reference> attributed = new ArrayList<>();
            Map<String, Set<String>> modelsByCountry = new TreeMap<>();
            Map<String, Set<String>> modelsByRootCountry = new TreeMap<>();
            for (FoundReference found : scan.references()) {
                Dependence.Reference reference = attribute(found, counted.contains(found.scope()), roots);
                attributed.add(reference);
                references++;
                if (reference.counted()) {
                    countedReferences++;
                    if (!reference.resolved()) {
                        unresolved++;
                    }
                    String model = found.model().toLowerCase(Locale.ROOT);
                    modelsByCountry
                            .computeIfAbsent(reference.country(), key -> new TreeSet<>())
                            .add(model);
                    for (String country : reference.rootCountries()) {
                        modelsByRootCountry
                                .computeIfAbsent(country, key -> new TreeSet<>())
                                .add(model);
                    }
                }
            }
            if (!modelsByCountry.isEmpty()) {
                withModels++;
            }
            Map<String, Long> countries = sizes(modelsByCountry);
            Map<String, Long> rootCountries = sizes(modelsByRootCountry);
            countries.forEach((country, models) -> {
                uploaderProjects.merge(country, 1L, Long::sum);
                uploaderModels.merge(country, models, Long::sum);
            });
            rootCountries.forEach((country, models) -> {
                originProjects.merge(country, 1L, Long::sum);
                originModels.merge(country, models, Long::sum);
            });
            projects.add(new Dependence.Project(
                    scan.name(),
                    scan.files(),
                    scan.bytes(),
                    scan.skipped(),
                    attributed,
                    families(attributed),
                    countries,
                    rootCountries));
        }
        long total = scans.size();
        Dependence.Summary summary = new Dependence.Summary(
                total,
                withModels,
                references,
                countedReferences,
                unresolved,
                rows(uploaderProjects, uploaderModels, total),
                rows(originProjects, originModels, total),
                concentration(uploaderModels),
                concentration(originModels));
        return new Dependence(projects, summary, counted, registry.version(), store);
    }

    private Dependence.Reference attribute(
            FoundReference found, boolean counted, Map<String, List<StoredRoots.Root>> roots) {
        Optional<RegistryEntry> owner = found.hubId().flatMap(id -> registry.lookup(id.owner()));
        Optional<RegistryEntry> familyDeveloper = found.family().flatMap(family -> registry.lookup(family.namespace()));
        // A Hub repository is its owner's, whom the registry may not know; a name without an owner is its family's.
        Optional<RegistryEntry> developer = found.hubId().isPresent() ? owner : familyDeveloper;
        String country =
                developer.map(entry -> entry.organization().country().code()).orElse(Dependence.UNKNOWN);
        List<StoredRoots.Root> stored = found.hubId()
                .map(id -> roots.getOrDefault(id.toString().toLowerCase(Locale.ROOT), List.of()))
                .orElse(List.of());
        if (!stored.isEmpty()) {
            Set<String> rootCountries = new TreeSet<>();
            for (StoredRoots.Root root : stored) {
                rootCountries.add(registry.lookup(root.namespace())
                        .map(entry -> entry.organization().country().code())
                        .orElse(Dependence.UNKNOWN));
            }
            return reference(found, developer, country, List.copyOf(rootCountries), "store", counted);
        }
        boolean repackager = owner.isEmpty() || owner.get().organization().type() == DeveloperType.INTERMEDIARY;
        if (repackager && familyDeveloper.isPresent() && owner != familyDeveloper) {
            String familyCountry =
                    familyDeveloper.get().organization().country().code();
            return reference(found, developer, country, List.of(familyCountry), "family", counted);
        }
        return reference(found, developer, country, List.of(country), "self", counted);
    }

    private static Dependence.Reference reference(
            FoundReference found,
            Optional<RegistryEntry> developer,
            String country,
            List<String> rootCountries,
            String roots,
            boolean counted) {
        return new Dependence.Reference(
                found, developer.map(entry -> entry.organization().name()), country, rootCountries, roots, counted);
    }

    /** The families a project's references name, by family (or Hub id where no family is known). */
    private static List<Dependence.FamilyUse> families(List<Dependence.Reference> references) {
        Map<String, List<Dependence.Reference>> byFamily = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Dependence.Reference reference : references) {
            FoundReference found = reference.found();
            String family = found.family()
                    .map(ModelNames.Family::name)
                    .orElseGet(() -> found.hubId().map(ModelId::toString).orElse(found.model()));
            byFamily.computeIfAbsent(family, key -> new ArrayList<>()).add(reference);
        }
        List<Dependence.FamilyUse> families = new ArrayList<>();
        byFamily.forEach((family, evidence) -> {
            Map<String, Long> byScope = new TreeMap<>();
            evidence.forEach(
                    reference -> byScope.merge(reference.found().scope().label(), 1L, Long::sum));
            Dependence.Reference first = evidence.get(0);
            families.add(new Dependence.FamilyUse(family, first.developer(), first.country(), byScope, evidence));
        });
        families.sort(Comparator.comparingInt(
                        (Dependence.FamilyUse use) -> -use.evidence().size())
                .thenComparing(Dependence.FamilyUse::family, String.CASE_INSENSITIVE_ORDER));
        return families;
    }

    private static Map<String, Long> sizes(Map<String, Set<String>> sets) {
        Map<String, Long> sizes = new TreeMap<>();
        sets.forEach((key, set) -> sizes.put(key, (long) set.size()));
        return sizes;
    }

    private static List<Dependence.CountryRow> rows(Map<String, Long> projects, Map<String, Long> models, long total) {
        List<Dependence.CountryRow> rows = new ArrayList<>();
        projects.forEach((country, count) -> rows.add(new Dependence.CountryRow(
                country, label(country), count, total == 0 ? 0 : (double) count / total, models.get(country))));
        rows.sort(Comparator.comparingLong((Dependence.CountryRow row) -> -row.projects())
                .thenComparingLong(row -> -row.models())
                .thenComparing(Dependence.CountryRow::country));
        return rows;
    }

    private static String label(String country) {
        return CountryCode.parse(country).map(CountryCode::label).orElse("Unknown (not in the registry)");
    }

    /** The concentration among the countries the registry attributes (unattributed dependencies left out). */
    private static Optional<Concentration> concentration(Map<String, Long> models) {
        return Concentration.of(models.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(Dependence.UNKNOWN))
                .mapToDouble(entry -> entry.getValue().doubleValue())
                .toArray());
    }
}
