package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelcensus.attribution.CountryCode;
import org.modelcensus.attribution.Organization;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.RegistryEntry;
import org.modelcensus.engine.SqlQuery;
import org.modelcensus.lineage.Relation;

/**
 * Groups the models of a snapshot into families by the roots the lineage stage stored, and measures each family. A
 * derivative of several roots counts in each of their families with an equal part of its downloads: integer sums per
 * number of roots are divided once, so no figure depends on the order of rows. The JVM holds a few numbers per family,
 * and the details of the largest families only.
 */
public final class FamilyCalculator {
    private final AttributionQuery attribution;
    private final OrganizationRegistry registry;

    public FamilyCalculator(AttributionQuery attribution) {
        this.attribution = requireNonNull(attribution, "attribution is null");
        this.registry = attribution.registry();
    }

    public FamilyTable families(MeasureSelection selection, int top) {
        requireNonNull(selection, "selection is null");
        if (top < 1) {
            throw new IllegalArgumentException("top must be positive: " + top);
        }
        long end = selection.end().id();
        SqlQuery candidates = attribution.query("family_candidates.sql", end, end, end, end, top, top);
        Map<String, Builder> ranked = new LinkedHashMap<>();
        long[] families = {0};
        attribution.forEachMeasured(selection, List.of(), candidates, rows -> {
            families[0] = rows.getLong("families");
            ranked.computeIfAbsent(
                            rows.getString("root_id"),
                            root -> new Builder(
                                    root,
                                    rows.getString("root_namespace"),
                                    rows.getBoolean("in_snapshot"),
                                    rows.getLong("root_downloads")))
                    .derivativeDownloads
                    .add(rows.getInt("root_count"), rows.getLong("downloads"));
        });
        List<Builder> chosen = ranked.values().stream()
                .sorted(Comparator.comparingDouble(Builder::downloads)
                        .reversed()
                        .thenComparing(family -> family.root))
                .limit(top)
                .toList();
        Map<String, Builder> largest = new HashMap<>();
        chosen.forEach(family -> largest.put(family.root, family));
        attribution.forEachMeasured(
                selection,
                List.of(new SqlQuery.Named("family_candidates", candidates)),
                attribution.query("family_breakdown.sql", end, end, end),
                rows -> {
                    Builder family = largest.get(rows.getString(1));
                    if (family != null) {
                        family.add(
                                Relation.fromLabel(rows.getString(2)),
                                Optional.ofNullable(rows.getString(3)).orElse(ShareRow.UNKNOWN),
                                rows.getInt(4),
                                rows.getLong(5),
                                rows.getLong(6));
                    }
                });
        List<Family> result = new ArrayList<>(chosen.size());
        for (Builder family : chosen) {
            result.add(family.build(registry));
        }
        return new FamilyTable(
                selection, result, families[0], attribution.lineage().quality(selection.end()));
    }

    /** One candidate family: its root, its downloads by number of roots, then its breakdown once chosen. */
    private static final class Builder {
        private final String root;
        private final String namespace;
        private final boolean inSnapshot;
        private final double rootDownloads;
        private final SplitSum derivativeDownloads = new SplitSum();
        private double derivativeValue = Double.NaN;
        private final Map<Relation, Long> derivatives = new EnumMap<>(Relation.class);
        private final Map<Relation, SplitSum> downloadsByRelation = new EnumMap<>(Relation.class);
        private final Map<String, SplitSum> countries = new HashMap<>();

        Builder(String root, String namespace, boolean inSnapshot, long rootDownloads) {
            this.root = root;
            this.namespace = namespace;
            this.inSnapshot = inSnapshot;
            this.rootDownloads = rootDownloads;
        }

        /** The derivatives' downloads, exact: each sum by number of roots divided once. */
        double derivativeDownloads() {
            if (Double.isNaN(derivativeValue)) {
                derivativeValue = derivativeDownloads.value();
            }
            return derivativeValue;
        }

        double downloads() {
            return rootDownloads + derivativeDownloads();
        }

        /** Adds derivatives of one relation and uploader country that split among {@code rootCount} roots. */
        void add(Relation relation, String country, int rootCount, long models, long downloads) {
            derivatives.merge(relation, models, Long::sum);
            downloadsByRelation
                    .computeIfAbsent(relation, ignored -> new SplitSum())
                    .add(rootCount, downloads);
            countries.computeIfAbsent(country, ignored -> new SplitSum()).add(rootCount, downloads);
        }

        Family build(OrganizationRegistry registry) {
            Optional<Organization> organization = registry.lookup(namespace).map(RegistryEntry::organization);
            double derivativeTotal = derivativeDownloads();
            List<ShareRow> countryRows = new ArrayList<>();
            countries.forEach((key, sum) -> {
                double downloads = sum.value();
                countryRows.add(new ShareRow(
                        key,
                        key.equals(ShareRow.UNKNOWN) ? ShareRow.UNKNOWN_LABEL : new CountryCode(key).label(),
                        downloads,
                        derivativeTotal > 0 ? Math.min(1, downloads / derivativeTotal) : 0,
                        0));
            });
            countryRows.sort(ShareRow.BY_DOWNLOADS);
            Map<Relation, Double> byRelation = new EnumMap<>(Relation.class);
            downloadsByRelation.forEach((relation, sum) -> byRelation.put(relation, sum.value()));
            return new Family(
                    root,
                    namespace,
                    inSnapshot,
                    organization,
                    derivatives,
                    rootDownloads,
                    derivativeTotal,
                    byRelation,
                    countryRows);
        }
    }
}
