package org.modelcensus.attribution;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.modelcensus.ErrorCode;
import org.modelcensus.source.CuratedCsv;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.ModelId;
import org.modelcensus.source.RowErrors;

/**
 * Maps leaderboard models to the census, from the curated files of {@code data/arena/} and the registry: the printed
 * organisation to a registry organisation ({@code organizations.csv}), the printed licence to a licence class
 * ({@code licenses.csv}), and the model to a Hub repository — from {@code models.csv} first, then the leaderboard
 * table's own Hub links ({@code leaderboard_table_20250511.csv}), then the closest Hub id of the organisation's
 * namespaces, taken only when close enough ({@link #ACCEPTED}); the rest are reported, never guessed.
 */
public final class ArenaMapping {
    private static final String DIRECTORY = "data/arena/";

    /** The similarity (1 − edit distance / length) from which a fuzzy match is taken. */
    public static final double ACCEPTED = 0.9;

    private static final Pattern HUB_LINK = Pattern.compile("https?://huggingface\\.co/([^/?#]+/[^/?#]+).*");
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    /** A printed licence's normalised name and class. */
    private record License(String name, ArenaModel.Weights weights) {}

    /** A mapping file's row: the Hub id (empty: not on the Hub) and its source. */
    private record Explicit(Optional<String> hubId, String source) {}

    private final OrganizationRegistry registry;
    private final Map<String, License> licenses;
    private final Map<String, Optional<Organization>> organizations;
    private final Map<String, Explicit> explicit;
    private final Map<String, String> links;

    private ArenaMapping(
            OrganizationRegistry registry,
            Map<String, License> licenses,
            Map<String, Optional<Organization>> organizations,
            Map<String, Explicit> explicit,
            Map<String, String> links) {
        this.registry = registry;
        this.licenses = licenses;
        this.organizations = organizations;
        this.explicit = explicit;
        this.links = links;
    }

    /** The mapping of the bundled files, with organisations from the given registry. */
    public static ArenaMapping bundled(OrganizationRegistry registry) {
        requireNonNull(registry, "registry is null");
        RowErrors errors = new RowErrors();
        Map<String, License> licenses = new HashMap<>();
        read("licenses.csv", List.of("license", "normalized", "weights", "source"), errors, (record, place) -> {
            Optional<ArenaModel.Weights> weights = ArenaModel.Weights.fromLabel(record.get(2));
            if (weights.isEmpty()) {
                errors.add(place, "weights \"" + record.get(2) + "\" is not open, proprietary or unknown");
            } else {
                licenses.put(record.get(0), new License(record.get(1), weights.get()));
            }
        });
        Map<String, Organization> byName = new HashMap<>();
        registry.entries()
                .forEach(entry -> byName.putIfAbsent(entry.organization().name(), entry.organization()));
        Map<String, Optional<Organization>> organizations = new HashMap<>();
        read(
                "organizations.csv",
                List.of("arena_organization", "organization", "country", "type", "source"),
                errors,
                (record, place) -> {
                    String name = record.get(1);
                    Organization known = byName.get(name);
                    if (record.get(2).isEmpty() && record.get(3).isEmpty()) {
                        if (known == null) {
                            errors.add(
                                    place,
                                    "organisation \"" + name + "\" is in no row of the registry; give its country"
                                            + " and type here");
                        }
                        organizations.put(record.get(0), Optional.ofNullable(known));
                        return;
                    }
                    Optional<CountryCode> country = CountryCode.parse(record.get(2));
                    Optional<DeveloperType> type = DeveloperType.fromCode(record.get(3));
                    if (country.isEmpty() || type.isEmpty()) {
                        errors.add(
                                place,
                                "country \"" + record.get(2) + "\" or type \"" + record.get(3) + "\" is not valid");
                    } else if (known != null) {
                        errors.add(
                                place,
                                "organisation \"" + name + "\" is in the registry: leave country and type empty");
                    } else {
                        organizations.put(
                                record.get(0), Optional.of(new Organization(name, country.get(), type.get())));
                    }
                });
        Map<String, Explicit> explicit = new HashMap<>();
        read("models.csv", List.of("arena_key", "hub_id", "source"), errors, (record, place) -> {
            String hubId = record.get(1);
            if (!hubId.isEmpty() && !ModelId.parse(hubId).isPresent()) {
                errors.add(place, "hub_id \"" + hubId + "\" is not a Hub model id owner/name");
            } else if (explicit.put(
                            record.get(0), new Explicit(Optional.of(hubId).filter(id -> !id.isEmpty()), record.get(2)))
                    != null) {
                errors.add(place, "arena_key \"" + record.get(0) + "\" is listed twice");
            }
        });
        Map<String, String> links = new HashMap<>();
        read(
                "leaderboard_table_20250511.csv",
                List.of("key", "Model", "License", "Organization", "Link"),
                errors,
                (record, place) -> hubLink(record.get(4)).ifPresent(id -> links.put(record.get(0), id)));
        errors.throwIfAny(ErrorCode.INVALID_REGISTRY, "the arena mapping files in " + DIRECTORY + " are invalid:");
        return new ArenaMapping(
                registry, Map.copyOf(licenses), Map.copyOf(organizations), Map.copyOf(explicit), Map.copyOf(links));
    }

    /** The Hub id of a link such as {@code https://huggingface.co/lmsys/vicuna-13b-v1.5} (trailing paths dropped). */
    static Optional<String> hubLink(String link) {
        Matcher matcher = HUB_LINK.matcher(link.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String id = matcher.group(1);
        return ModelId.parse(id).isPresent() ? Optional.of(id) : Optional.empty();
    }

    /** A model as the leaderboard lists it (its latest printed licence and organisation). */
    public record Listing(String key, String displayName, String license, String organization) {
        public Listing {
            requireNonNull(key, "key is null");
            requireNonNull(displayName, "displayName is null");
            requireNonNull(license, "license is null");
            requireNonNull(organization, "organization is null");
        }
    }

    /**
     * Maps each listed model.
     *
     * @param hubIds the Hub ids known (the store's models), among which fuzzy matches are sought
     */
    public List<ArenaModel> map(List<Listing> listed, Collection<String> hubIds) {
        requireNonNull(listed, "listed is null");
        requireNonNull(hubIds, "hubIds is null");
        Map<String, List<String>> idsByNamespace = new HashMap<>();
        for (String id : hubIds) {
            int slash = id.indexOf('/');
            if (slash > 0) {
                idsByNamespace
                        .computeIfAbsent(id.substring(0, slash).toLowerCase(Locale.ROOT), ignored -> new ArrayList<>())
                        .add(id);
            }
        }
        Map<String, Set<String>> namespacesByOrganization = registry.entries().stream()
                .collect(Collectors.groupingBy(
                        entry -> entry.organization().name(),
                        Collectors.mapping(entry -> entry.namespace().toLowerCase(Locale.ROOT), Collectors.toSet())));
        List<ArenaModel> mapped = new ArrayList<>(listed.size());
        for (Listing listing : listed) {
            License license = licenses.getOrDefault(listing.license(), new License("", ArenaModel.Weights.UNKNOWN));
            Optional<Organization> organization = organizations.getOrDefault(listing.organization(), Optional.empty());
            mapped.add(hub(listing, license, organization, idsByNamespace, namespacesByOrganization));
        }
        return mapped;
    }

    private ArenaModel hub(
            Listing listing,
            License license,
            Optional<Organization> organization,
            Map<String, List<String>> idsByNamespace,
            Map<String, Set<String>> namespacesByOrganization) {
        Explicit row = explicit.get(listing.key());
        if (row != null) {
            return model(
                    listing,
                    license,
                    organization,
                    row.hubId,
                    row.hubId.isPresent() ? ArenaModel.HubMatch.MAPPING_FILE : ArenaModel.HubMatch.NOT_ON_HUB,
                    1,
                    row.source);
        }
        String link = links.get(listing.key());
        if (link != null) {
            return model(
                    listing,
                    license,
                    organization,
                    Optional.of(link),
                    ArenaModel.HubMatch.LEADERBOARD_LINK,
                    1,
                    "https://huggingface.co/" + link);
        }
        if (license.weights() == ArenaModel.Weights.PROPRIETARY || organization.isEmpty()) {
            return model(listing, license, organization, Optional.empty(), ArenaModel.HubMatch.UNMATCHED, 0, "");
        }
        String wanted = normalized(listing.key());
        String best = null;
        double bestScore = 0;
        for (String namespace :
                namespacesByOrganization.getOrDefault(organization.get().name(), Set.of())) {
            for (String id : idsByNamespace.getOrDefault(namespace, List.of())) {
                String name = normalized(id.substring(id.indexOf('/') + 1));
                int longest = Math.max(wanted.length(), name.length());
                double score = longest == 0 ? 0 : 1 - (double) DISTANCE.apply(wanted, name) / longest;
                if (score > bestScore || (score == bestScore && best != null && id.compareTo(best) < 0)) {
                    best = id;
                    bestScore = score;
                }
            }
        }
        if (best == null) {
            return model(listing, license, organization, Optional.empty(), ArenaModel.HubMatch.UNMATCHED, 0, "");
        }
        String evidence = String.format(Locale.ROOT, "closest Hub id %s (similarity %.2f)", best, bestScore);
        return bestScore >= ACCEPTED
                ? model(
                        listing,
                        license,
                        organization,
                        Optional.of(best),
                        ArenaModel.HubMatch.FUZZY,
                        bestScore,
                        evidence)
                : model(
                        listing,
                        license,
                        organization,
                        Optional.empty(),
                        ArenaModel.HubMatch.LOW_CONFIDENCE,
                        bestScore,
                        evidence);
    }

    private static ArenaModel model(
            Listing listing,
            License license,
            Optional<Organization> organization,
            Optional<String> hubId,
            ArenaModel.HubMatch match,
            double confidence,
            String evidence) {
        return new ArenaModel(
                listing.key(),
                listing.displayName(),
                listing.license(),
                license.name(),
                license.weights(),
                listing.organization(),
                organization,
                hubId,
                match,
                confidence,
                evidence);
    }

    /** Lower case, letters and digits only: {@code Qwen2.5-72B-Instruct} and {@code qwen2.5-72b-instruct} agree. */
    static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static void read(String file, List<String> header, RowErrors errors, CuratedCsv.RowHandler handler) {
        CuratedCsv.read(InputFile.resource(DIRECTORY + file), header, errors, handler);
    }

    /** For callers that only want the organisation of a printed name. */
    public Optional<Organization> organization(String arenaOrganization) {
        return organizations.getOrDefault(arenaOrganization, Optional.empty());
    }
}
