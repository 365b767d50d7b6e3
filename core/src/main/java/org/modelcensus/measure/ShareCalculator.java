package org.modelcensus.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelcensus.attribution.CountryCode;
import org.modelcensus.attribution.DeveloperType;
import org.modelcensus.attribution.Organization;
import org.modelcensus.attribution.RegionGrouping;
import org.modelcensus.attribution.UnknownNamespaces;

/** Rolls attributed downloads up into the share table of one grouping, and measures its concentration. */
public final class ShareCalculator {

    /** Whether a grouping tells unregistered namespaces apart: by organisation, each as its own developer. */
    public static boolean needsNamespaces(GroupBy by, UnknownNamespaces unknownNamespaces) {
        return by == GroupBy.ORGANIZATION && unknownNamespaces == UnknownNamespaces.INTL;
    }

    /**
     * The share table of one grouping. Countries count as the selection's region grouping has them. Unregistered
     * namespaces are one {@code UNKNOWN} group, or developers of their own ({@code INTL}), or left out with the other
     * shares renormalised ({@code EXCLUDE}), or allocated to the attributed groups in proportion to their downloads
     * ({@code PROPORTIONAL}: the shares are those of {@code EXCLUDE}, the downloads scaled up to the total).
     */
    public ShareTable shares(AttributedDownloads downloads, GroupBy by, UnknownNamespaces unknownNamespaces) {
        if (!downloads.namespacesApart() && needsNamespaces(by, unknownNamespaces)) {
            throw new IllegalArgumentException(
                    "grouping by organisation with unregistered namespaces as developers needs them apart");
        }
        UnknownNamespaces keying = unknownNamespaces.keying();
        RegionGrouping regions = downloads.selection().counting().regions();
        Map<String, Group> groups = new LinkedHashMap<>();
        boolean countedByGroup = !downloads.groupModels().isEmpty();
        for (AttributionCell cell : downloads.cells()) {
            Group group = groups.computeIfAbsent(
                    key(cell, by, keying, regions), key -> new Group(key, label(cell, by, keying, regions)));
            group.downloads.add(cell.downloadsByRootCount());
            if (!countedByGroup) {
                group.models += cell.models();
            }
        }
        for (GroupModels counted : downloads.groupModels()) {
            if (counted.by() == by && counted.unknownNamespaces() == keying) {
                Group group = groups.get(counted.key());
                if (group != null) {
                    group.models = counted.models();
                }
            }
        }
        double total = downloads.totalDownloads();
        Group unknown = keying == unknownNamespaces ? null : groups.remove(ShareRow.UNKNOWN);
        double shareOf = total;
        if (unknown != null) {
            SplitSum attributed = new SplitSum();
            groups.values().forEach(group -> attributed.add(group.downloads.sums()));
            shareOf = attributed.value();
            if (unknownNamespaces == UnknownNamespaces.EXCLUDE) {
                total = shareOf;
            }
        }
        double scale = unknownNamespaces == UnknownNamespaces.PROPORTIONAL && shareOf > 0 ? total / shareOf : 1;
        List<ShareRow> rows = new ArrayList<>(groups.size());
        for (Group group : groups.values()) {
            double groupDownloads = group.downloads.value();
            rows.add(new ShareRow(
                    group.key,
                    group.label,
                    groupDownloads * scale,
                    shareOf > 0 ? groupDownloads / shareOf : 0,
                    group.models));
        }
        rows.sort(ShareRow.BY_DOWNLOADS);
        double[] attributed = rows.stream()
                .filter(row -> !row.unknown())
                .mapToDouble(ShareRow::downloads)
                .toArray();
        return new ShareTable(
                downloads.selection(),
                by,
                downloads.view(),
                unknownNamespaces,
                downloads.registry(),
                downloads.lineage(),
                downloads.notes(),
                downloads.models(),
                total,
                downloads.coverage(),
                rows,
                Concentration.of(attributed));
    }

    /** The key of the group a cell falls in. */
    static String key(AttributionCell cell, GroupBy by, UnknownNamespaces unknownNamespaces, RegionGrouping regions) {
        if (cell.organization().isPresent()) {
            Organization organization = cell.organization().get();
            return switch (by) {
                case COUNTRY -> regions.apply(organization.country()).code();
                case ORGANIZATION -> organization.name();
                case TYPE -> organization.type().code();
            };
        }
        if (unknownNamespaces == UnknownNamespaces.REPORT) {
            return ShareRow.UNKNOWN;
        }
        return switch (by) {
            case COUNTRY -> CountryCode.INTERNATIONAL.code();
            case ORGANIZATION -> cell.unregisteredNamespace().orElseThrow();
            case TYPE -> DeveloperType.COMMUNITY.code();
        };
    }

    private static String label(
            AttributionCell cell, GroupBy by, UnknownNamespaces unknownNamespaces, RegionGrouping regions) {
        if (cell.organization().isPresent()) {
            Organization organization = cell.organization().get();
            return switch (by) {
                case COUNTRY -> regions.apply(organization.country()).label();
                case ORGANIZATION ->
                    organization.name() + " (" + organization.country().code() + ")";
                case TYPE -> organization.type().label();
            };
        }
        if (unknownNamespaces == UnknownNamespaces.REPORT) {
            return ShareRow.UNKNOWN_LABEL;
        }
        return switch (by) {
            case COUNTRY -> CountryCode.INTERNATIONAL.label();
            case ORGANIZATION -> cell.unregisteredNamespace().orElseThrow() + " (not in the registry; INTL)";
            case TYPE -> DeveloperType.COMMUNITY.label();
        };
    }

    private static final class Group {
        private final String key;
        private final String label;
        private final SplitSum downloads = new SplitSum();
        private long models;

        private Group(String key, String label) {
            this.key = key;
            this.label = label;
        }
    }
}
