package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.modelcensus.CensusException;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.RegionGrouping;
import org.modelcensus.attribution.RegistryEntry;
import org.modelcensus.attribution.UnknownNamespaces;
import org.modelcensus.engine.Engine;

/**
 * The evidence behind a share: the models that carry a group's downloads, largest first, each with its part of the
 * group, the cumulative part, its creation, relation and root, and the counting rules that flag it; and the
 * namespaces the registry does not list, by downloads.
 */
public final class TopModels {
    /** The flags {@code --flagged} takes besides an automated rule's name. */
    public static final Set<String> FLAGS = Set.of("repackaged", "automated", "stale", "spike");

    private static final String GROUP = "top_group";

    private final Census census;

    public TopModels(Census census) {
        this.census = requireNonNull(census, "census is null");
    }

    /**
     * One model behind a group's share.
     *
     * @param downloads the downloads the group receives from it (its part when credit is split among roots)
     * @param root the first of its roots in the group, when it is not its own root
     * @param flags the counting rules that flag it: {@code repackaged}, an automated rule's name, {@code stale},
     *     {@code spike}
     */
    public record Entry(
            String id,
            double downloads,
            double shareOfGroup,
            double cumulativeShare,
            Optional<LocalDateTime> createdAt,
            Optional<String> relation,
            Optional<String> root,
            List<String> flags) {
        public Entry {
            requireNonNull(id, "id is null");
            requireNonNull(createdAt, "createdAt is null");
            requireNonNull(relation, "relation is null");
            requireNonNull(root, "root is null");
            flags = List.copyOf(requireNonNull(flags, "flags is null"));
        }
    }

    /** A group's share table row and the models behind it. */
    public record Table(ShareTable shares, ShareRow group, Optional<String> flagged, List<Entry> models) {
        public Table {
            requireNonNull(shares, "shares is null");
            requireNonNull(group, "group is null");
            requireNonNull(flagged, "flagged is null");
            models = List.copyOf(requireNonNull(models, "models is null"));
        }
    }

    /** An unregistered namespace with the downloads credited to it. */
    public record Namespace(String namespace, double downloads, double share, long models) {
        public Namespace {
            requireNonNull(namespace, "namespace is null");
        }
    }

    /** The namespaces the registry does not list, with the share table they were measured beside. */
    public record Unregistered(ShareTable shares, List<Namespace> namespaces) {
        public Unregistered {
            requireNonNull(shares, "shares is null");
            namespaces = List.copyOf(requireNonNull(namespaces, "namespaces is null"));
        }
    }

    /**
     * The models behind one group of a share table.
     *
     * @param flagged only the models a rule flags ({@link #FLAGS} or an automated rule's name); empty for all
     */
    public Table top(
            MeasureRequest request,
            GroupBy by,
            AttributionView view,
            UnknownNamespaces unknown,
            String key,
            int limit,
            Optional<String> flagged) {
        requireNonNull(key, "key is null");
        if (limit < 1) {
            throw CensusException.invalidArgument("limit", "--limit must be at least 1, not " + limit);
        }
        flagged.ifPresent(TopModels::requireFlag);
        MeasureSelection selection = flaggable(request);
        ShareTable shares = new ShareCalculator()
                .shares(
                        census.attribution().downloads(selection, view, ShareCalculator.needsNamespaces(by, unknown)),
                        by,
                        unknown);
        ShareRow group = shares.rows().stream()
                .filter(row -> row.key().equals(key))
                .findFirst()
                .orElseThrow(() -> CensusException.invalidArgument(
                        "key",
                        "--key is \"" + key + "\", a group without downloads in this table; expected one of "
                                + String.join(
                                        ", ",
                                        shares.rows().stream()
                                                .limit(15)
                                                .map(ShareRow::key)
                                                .toList())
                                + (shares.rows().size() > 15 ? ", ..." : "") + " (keys are case-sensitive)"));
        List<Entry> models = new ArrayList<>();
        double[] cumulative = {0};
        forEachInGroup(selection, by, unknown, key, view, limit, flagged.orElse(""), (credited, row) -> {
            double share = group.downloads() > 0 ? credited / group.downloads() : 0;
            cumulative[0] += share;
            String id = row.getString("model_id");
            String root = row.getString("root_id");
            List<String> flags = new ArrayList<>();
            if (row.getBoolean("repackaged")) {
                flags.add("repackaged");
            }
            if (!row.isNull("automated")) {
                flags.add(row.getString("automated"));
            }
            if (row.getBoolean("stale")) {
                flags.add("stale");
            }
            if (!row.isNull("excess")) {
                flags.add("spike");
            }
            models.add(new Entry(
                    id,
                    credited,
                    share,
                    Math.min(cumulative[0], 1),
                    Optional.ofNullable(row.getTimestamp(5)),
                    Optional.ofNullable(row.getString("relation")),
                    root.equals(id) ? Optional.empty() : Optional.of(root),
                    flags));
        });
        return new Table(shares, group, flagged, models);
    }

    /** What {@link #forEachInGroup} hands on: the downloads the group receives from a model, and its row. */
    @FunctionalInterface
    interface GroupRowConsumer {
        void accept(double credited, Engine.Row row);
    }

    /**
     * Streams the models credited to a group, largest credit first: the columns of {@code top_models.sql} with the
     * downloads the group receives from each.
     *
     * @param rule only the models this rule flags; empty for all
     */
    void forEachInGroup(
            MeasureSelection selection,
            GroupBy by,
            UnknownNamespaces unknown,
            String key,
            AttributionView view,
            int limit,
            String rule,
            GroupRowConsumer consumer) {
        UnknownNamespaces keying = unknown.keying();
        RegionGrouping regions = selection.counting().regions();
        List<List<String>> members = new ArrayList<>();
        for (RegistryEntry entry : census.registry().entries()) {
            AttributionCell cell = AttributionCell.registered(entry.organization(), 0, 0);
            if (ShareCalculator.key(cell, by, keying, regions).equals(key)) {
                members.add(List.of(entry.organization().name()));
            }
        }
        census.engine()
                .install(
                        GROUP,
                        List.of("organization"),
                        members.stream().distinct().toList());
        boolean unregistered;
        String namespace = "";
        if (keying == UnknownNamespaces.REPORT) {
            unregistered = key.equals(ShareRow.UNKNOWN);
        } else if (by == GroupBy.ORGANIZATION) {
            unregistered = members.isEmpty();
            namespace = key.toLowerCase(Locale.ROOT);
        } else {
            unregistered = ShareCalculator.key(AttributionCell.unregistered("x", 0, 0), by, keying, regions)
                    .equals(key);
        }
        AttributionQuery attribution = census.attribution();
        attribution.forEachFlagged(
                selection,
                view,
                attribution.query(
                        "top_models.sql",
                        unregistered,
                        namespace,
                        namespace,
                        selection.end().id(),
                        rule,
                        rule,
                        rule,
                        rule,
                        rule,
                        rule,
                        limit),
                row -> consumer.accept(
                        row.getLong("downloads") * (double) row.getInt("roots_in_group") / row.getInt("root_count"),
                        row));
    }

    /** The namespaces the registry does not list, by the downloads credited to them in the view. */
    public Unregistered unknownNamespaces(MeasureRequest request, AttributionView view, int limit) {
        if (limit < 1) {
            throw CensusException.invalidArgument("limit", "--limit must be at least 1, not " + limit);
        }
        MeasureSelection selection = census.resolve(request);
        ShareTable shares = new ShareCalculator()
                .shares(
                        census.attribution().downloads(selection, view, false),
                        GroupBy.COUNTRY,
                        UnknownNamespaces.REPORT);
        double total = shares.totalDownloads();
        AttributionQuery attribution = census.attribution();
        List<Namespace> namespaces = new ArrayList<>();
        attribution.forEachFlagged(selection, view, attribution.query("unknown_namespaces.sql", limit), row -> {
            double downloads = Double.parseDouble(row.getString("downloads"));
            namespaces.add(new Namespace(
                    row.getString("namespace"), downloads, total > 0 ? downloads / total : 0, row.getLong("models")));
        });
        return new Unregistered(shares, namespaces);
    }

    /**
     * The selection of a request, with the snapshot stale counters are told by where the data has one, so that they
     * are flagged even when they are not zeroed.
     */
    private MeasureSelection flaggable(MeasureRequest request) {
        MeasureSelection selection = census.resolve(request);
        if (selection.staleReference().isPresent()) {
            return selection;
        }
        try {
            MeasureSelection stale =
                    census.resolve(request.withCounting(request.counting().withStaleAsZero(true)));
            return selection.withCounting(request.counting(), stale.staleReference());
        } catch (CensusException e) {
            return selection;
        }
    }

    private static void requireFlag(String flag) {
        boolean rule = AutomatedRules.patterns().stream()
                        .anyMatch(pattern -> pattern.rule().equals(flag))
                || flag.equals(AutomatedRules.TINY_MODEL_VOLUME);
        if (!FLAGS.contains(flag) && !rule) {
            throw CensusException.invalidArgument(
                    "flagged",
                    "--flagged is \"" + flag + "\"; expected repackaged, automated, stale, spike or an automated rule ("
                            + String.join(
                                    ", ",
                                    AutomatedRules.patterns().stream()
                                            .map(AutomatedRules.Pattern::rule)
                                            .distinct()
                                            .toList())
                            + ", " + AutomatedRules.TINY_MODEL_VOLUME + ")");
        }
    }
}
