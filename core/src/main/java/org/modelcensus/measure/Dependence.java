package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.modelcensus.attribution.RegistryVersion;
import org.modelcensus.source.scan.FoundReference;
import org.modelcensus.source.scan.Scope;

/**
 * Which countries' open models a set of projects depends on (maps keep their keys sorted, so that outputs keep
 * one order), from a code scan: per project its references,
 * attributed, and the model families they name; across projects, the share of projects that depend on at least one
 * model of each country, in the uploader view (the repository's publisher) and the origin view (the base model's
 * developer).
 *
 * @param counted the scopes a dependence counts in (code and config unless asked otherwise)
 * @param store the store whose lineage gave roots, when one was used
 */
public record Dependence(
        List<Project> projects, Summary summary, Set<Scope> counted, RegistryVersion registry, Optional<String> store) {
    public Dependence {
        projects = List.copyOf(requireNonNull(projects, "projects is null"));
        requireNonNull(summary, "summary is null");
        counted = Set.copyOf(requireNonNull(counted, "counted is null"));
        requireNonNull(registry, "registry is null");
        requireNonNull(store, "store is null");
    }

    /** The country key of a reference the registry cannot attribute. */
    public static final String UNKNOWN = "UNKNOWN";

    /**
     * A reference with its attribution.
     *
     * @param developer the organisation that publishes what the reference names (empty: not in the registry)
     * @param country its country code, or {@link #UNKNOWN}
     * @param rootCountries the countries of its roots' developers: from the store's lineage, else (for an
     *     intermediary's or unknown uploader's repository) from the family its name belongs to, else its own country
     * @param roots how the roots were found: {@code store}, {@code family}, or {@code self}
     * @param counted whether it counts towards dependence (its scope is counted)
     */
    public record Reference(
            FoundReference found,
            Optional<String> developer,
            String country,
            List<String> rootCountries,
            String roots,
            boolean counted) {
        public Reference {
            requireNonNull(found, "found is null");
            requireNonNull(developer, "developer is null");
            requireNonNull(country, "country is null");
            rootCountries = List.copyOf(requireNonNull(rootCountries, "rootCountries is null"));
            requireNonNull(roots, "roots is null");
        }

        public boolean resolved() {
            return !country.equals(UNKNOWN);
        }
    }

    /**
     * A model family a project depends on, with its references by scope.
     *
     * @param references how many references name the family, by scope label
     * @param evidence the references that name it, in file and line order
     */
    public record FamilyUse(
            String family,
            Optional<String> developer,
            String country,
            Map<String, Long> references,
            List<Reference> evidence) {
        public FamilyUse {
            requireNonNull(family, "family is null");
            requireNonNull(developer, "developer is null");
            requireNonNull(country, "country is null");
            references = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(references, "references is null")));
            evidence = List.copyOf(requireNonNull(evidence, "evidence is null"));
            if (evidence.isEmpty()) {
                throw new IllegalArgumentException("a family a project uses has at least one reference");
            }
        }
    }

    /**
     * One project.
     *
     * @param countries the distinct models of counted references, by the developer's country (uploader view)
     * @param rootCountries the same by the roots' countries (origin view)
     */
    public record Project(
            String path,
            long files,
            long bytes,
            Map<String, Long> skipped,
            List<Reference> references,
            List<FamilyUse> families,
            Map<String, Long> countries,
            Map<String, Long> rootCountries) {
        public Project {
            requireNonNull(path, "path is null");
            skipped = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(skipped, "skipped is null")));
            references = List.copyOf(requireNonNull(references, "references is null"));
            families = List.copyOf(requireNonNull(families, "families is null"));
            countries = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(countries, "countries is null")));
            rootCountries =
                    Collections.unmodifiableMap(new TreeMap<>(requireNonNull(rootCountries, "rootCountries is null")));
        }
    }

    /**
     * How many projects depend on a country's models.
     *
     * @param projects the projects with at least one counted reference to a model of the country
     * @param share those projects as a part of all projects scanned, 0-1
     * @param models the distinct (project, model) dependencies on the country
     */
    public record CountryRow(String country, String label, long projects, double share, long models) {
        public CountryRow {
            requireNonNull(country, "country is null");
            requireNonNull(label, "label is null");
        }
    }

    /**
     * Across projects.
     *
     * @param projectsWithModels the projects with at least one counted reference
     * @param uploader by the developer's country, most projects first
     * @param origin by the roots' countries
     * @param uploaderConcentration the concentration of the (project, model) dependencies among the countries the
     *     registry attributes
     * @param unresolved counted references the registry cannot attribute
     */
    public record Summary(
            long projects,
            long projectsWithModels,
            long references,
            long counted,
            long unresolved,
            List<CountryRow> uploader,
            List<CountryRow> origin,
            Optional<Concentration> uploaderConcentration,
            Optional<Concentration> originConcentration) {
        public Summary {
            uploader = List.copyOf(requireNonNull(uploader, "uploader is null"));
            origin = List.copyOf(requireNonNull(origin, "origin is null"));
            requireNonNull(uploaderConcentration, "uploaderConcentration is null");
            requireNonNull(originConcentration, "originConcentration is null");
        }
    }
}
