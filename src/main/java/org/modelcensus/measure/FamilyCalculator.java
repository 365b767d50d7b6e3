package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelcensus.attribution.CountryCode;
import org.modelcensus.attribution.Organization;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.RegistryEntry;
import org.modelcensus.lineage.LineageGraph;
import org.modelcensus.lineage.Relation;

/** Groups the models of a snapshot into families by their roots and measures each family. */
public final class FamilyCalculator {
    private final OrganizationRegistry registry;

    public FamilyCalculator(OrganizationRegistry registry) {
        this.registry = requireNonNull(registry, "registry is null");
    }

    public FamilyTable families(MeasureSelection selection, LineageGraph graph, List<ModelFacts> models, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be positive: " + top);
        }
        Map<String, Builder> families = new HashMap<>();
        for (ModelFacts model : models) {
            List<String> roots = graph.roots(model.id());
            double credit = model.downloads() / roots.size();
            for (String root : roots) {
                Builder family = families.computeIfAbsent(root, id -> new Builder(id, graph));
                if (root.equals(model.id())) {
                    family.rootDownloads += model.downloads();
                    continue;
                }
                Relation relation = graph.relation(model.id()).orElseThrow();
                family.derivatives.merge(relation, 1L, Long::sum);
                family.downloadsByRelation.merge(relation, credit, Double::sum);
                family.derivativeDownloads += credit;
                String country = model.uploader()
                        .map(organization -> organization.country().code())
                        .orElse(ShareRow.UNKNOWN);
                family.countries.merge(country, credit, Double::sum);
            }
        }
        List<Builder> withDerivatives = families.values().stream()
                .filter(family -> !family.derivatives.isEmpty())
                .sorted(Comparator.comparingDouble(Builder::downloads)
                        .reversed()
                        .thenComparing(family -> family.root))
                .toList();
        List<Family> result = new ArrayList<>();
        for (Builder family : withDerivatives.subList(0, Math.min(top, withDerivatives.size()))) {
            result.add(family.build(registry));
        }
        return new FamilyTable(selection, result, withDerivatives.size(), graph.quality());
    }

    private static final class Builder {
        private final String root;
        private final String namespace;
        private final boolean inSnapshot;
        private final Map<Relation, Long> derivatives = new EnumMap<>(Relation.class);
        private final Map<Relation, Double> downloadsByRelation = new EnumMap<>(Relation.class);
        private final Map<String, Double> countries = new HashMap<>();
        private double rootDownloads;
        private double derivativeDownloads;

        Builder(String root, LineageGraph graph) {
            this.root = root;
            this.namespace = graph.namespace(root);
            this.inSnapshot = graph.contains(root);
        }

        double downloads() {
            return rootDownloads + derivativeDownloads;
        }

        Family build(OrganizationRegistry registry) {
            Optional<Organization> organization = registry.lookup(namespace).map(RegistryEntry::organization);
            List<ShareRow> countryRows = new ArrayList<>();
            countries.forEach((key, downloads) -> countryRows.add(new ShareRow(
                    key,
                    key.equals(ShareRow.UNKNOWN) ? ShareRow.UNKNOWN_LABEL : countryLabel(key),
                    downloads,
                    derivativeDownloads > 0 ? Math.min(1, downloads / derivativeDownloads) : 0,
                    0)));
            countryRows.sort(ShareRow.BY_DOWNLOADS);
            return new Family(
                    root,
                    namespace,
                    inSnapshot,
                    organization,
                    derivatives,
                    rootDownloads,
                    derivativeDownloads,
                    downloadsByRelation,
                    countryRows);
        }

        private static String countryLabel(String code) {
            return new CountryCode(code).label();
        }
    }
}
