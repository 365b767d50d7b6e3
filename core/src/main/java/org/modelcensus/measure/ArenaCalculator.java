package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.attribution.ArenaMapping;
import org.modelcensus.attribution.ArenaModel;
import org.modelcensus.attribution.AttributionView;
import org.modelcensus.attribution.Organization;
import org.modelcensus.engine.Engine;
import org.modelcensus.engine.SqlQuery;

/**
 * The leaderboard measures: each group's best model per date, the dates one group's best passes another's, and
 * ratings beside downloads. The leaderboard's models are mapped once ({@link ArenaMapping}) and installed as the
 * session relation {@code arena_model}, which the SQL joins.
 */
public final class ArenaCalculator {
    private final Census census;
    private final Engine engine;
    private final List<ArenaModel> models;
    private final List<LocalDate> dates;

    public ArenaCalculator(Census census, ArenaMapping mapping) {
        this.census = requireNonNull(census, "census is null");
        requireNonNull(mapping, "mapping is null");
        this.engine = census.engine();
        if (engine.single(query("arena_available.sql"), row -> row.getLong(1)) == 0) {
            throw noStandings();
        }
        this.dates = new ArrayList<>();
        engine.forEach(query("arena_dates.sql"), row -> dates.add(row.getDate("snapshot_date")));
        if (dates.isEmpty()) {
            throw noStandings();
        }
        List<ArenaMapping.Listing> listed = new ArrayList<>();
        engine.forEach(
                query("arena_listings.sql"),
                row -> listed.add(new ArenaMapping.Listing(
                        row.getString("model_key"),
                        row.getString("display_name"),
                        row.getString("license"),
                        row.getString("organization"))));
        Set<String> organizations = new TreeSet<>();
        listed.forEach(listing ->
                mapping.organization(listing.organization()).ifPresent(found -> organizations.add(found.name())));
        Set<String> namespaces = new TreeSet<>();
        census.registry().entries().stream()
                .filter(entry -> organizations.contains(entry.organization().name()))
                .forEach(entry -> namespaces.add(entry.namespace().toLowerCase(Locale.ROOT)));
        engine.install(
                "arena_namespace",
                List.of("namespace"),
                namespaces.stream().map(List::of).toList());
        List<String> hubIds = new ArrayList<>();
        engine.forEach(query("arena_hub_ids.sql"), row -> hubIds.add(row.getString(1)));
        this.models = mapping.map(listed, hubIds);
        engine.install(
                "arena_model",
                List.of("model_key", "organization", "country", "type", "weights", "hub_id"),
                models.stream()
                        .map(model -> List.of(
                                model.key(),
                                model.organization().map(Organization::name).orElse(""),
                                model.organization()
                                        .map(o -> o.country().code())
                                        .orElse(""),
                                model.organization().map(o -> o.type().code()).orElse(""),
                                model.weights().label(),
                                model.hubId().orElse("")))
                        .toList());
    }

    private static CensusException noStandings() {
        return new CensusException(
                ErrorCode.EMPTY_STORE,
                "the store holds no leaderboard standings; import them with `modelcensus import --format"
                        + " arena-history FILE` (or lmarena-history), or `modelcensus import --sample`");
    }

    /** Whether {@code --every} (or the parameter every) asks for the last date of each month. */
    public static boolean monthly(String every) {
        return switch (requireNonNull(every, "every is null")) {
            case "snapshot" -> false;
            case "month" -> true;
            default ->
                throw CensusException.invalidArgument(
                        "every", "--every \"" + every + "\" is not allowed; expected snapshot or month");
        };
    }

    /** Every leaderboard model, mapped. */
    public List<ArenaModel> models() {
        return models;
    }

    /** The leaderboard's dates, oldest first. */
    public List<LocalDate> dates() {
        return List.copyOf(dates);
    }

    /** The latest leaderboard date on or before {@code at}. */
    public LocalDate dateAt(LocalDate at) {
        requireNonNull(at, "at is null");
        LocalDate found = null;
        for (LocalDate date : dates) {
            if (!date.isAfter(at)) {
                found = date;
            }
        }
        if (found == null) {
            throw new CensusException(
                    ErrorCode.SNAPSHOT_NOT_FOUND,
                    "no leaderboard date on or before " + at + "; the store's run from " + dates.get(0) + " to "
                            + dates.get(dates.size() - 1));
        }
        return found;
    }

    /**
     * Each group's best model per date.
     *
     * @param at only the latest date on or before this one, where given (then from, to and every are ignored)
     * @param monthly only the last date of each month
     */
    public ArenaStandings standings(
            GroupBy by,
            boolean openOnly,
            Optional<LocalDate> at,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            boolean monthly) {
        requireNonNull(by, "by is null");
        if (by == GroupBy.TYPE) {
            throw CensusException.invalidArgument(
                    "by", "the leaderboard groups by country or organization, not by developer type");
        }
        LocalDate first = at.map(this::dateAt).orElse(from.orElse(LocalDate.MIN));
        LocalDate last = at.map(this::dateAt).orElse(to.orElse(LocalDate.MAX));
        if (first.isAfter(last)) {
            throw CensusException.invalidArgument("from", "--from " + first + " is after --to " + last);
        }
        List<SqlQuery.Named> rated =
                List.of(new SqlQuery.Named("rated", query("arena_rated.sql", by.label(), bound(first), bound(last))));
        Map<LocalDate, List<ArenaStanding>> byDate = new LinkedHashMap<>();
        engine.forEach(
                query("arena_standings.sql", openOnly).with(rated),
                row -> byDate.computeIfAbsent(row.getDate("snapshot_date"), ignored -> new ArrayList<>())
                        .add(standing(row)));
        Map<LocalDate, List<ArenaStandings.Leader>> leaders = new HashMap<>();
        engine.forEach(
                query("arena_leaders.sql", openOnly).with(rated),
                row -> leaders.computeIfAbsent(row.getDate("snapshot_date"), ignored -> new ArrayList<>())
                        .add(new ArenaStandings.Leader(
                                row.getString("model_key"),
                                row.getString("display_name"),
                                row.getString("group_key"),
                                Double.parseDouble(row.getString("rating")),
                                row.getInt("shown_rank"))));
        List<ArenaStandings.Point> points = new ArrayList<>();
        byDate.forEach((date, rows) ->
                points.add(new ArenaStandings.Point(date, rows, leaders.getOrDefault(date, List.of()))));
        ArenaStandings all = new ArenaStandings(by, openOnly, at.isPresent() ? "date" : "snapshot", points);
        return monthly ? all.lastOfEachMonth() : all;
    }

    /** Dates far outside any leaderboard stand in for open ends (both engines take a DATE parameter). */
    private static LocalDate bound(LocalDate date) {
        if (date.equals(LocalDate.MIN)) {
            return LocalDate.of(1900, 1, 1);
        }
        return date.equals(LocalDate.MAX) ? LocalDate.of(9999, 12, 31) : date;
    }

    private static ArenaStanding standing(Engine.Row row) {
        return new ArenaStanding(
                row.getDate("snapshot_date"),
                row.getString("group_key"),
                row.getString("model_key"),
                row.getString("display_name"),
                Double.parseDouble(row.getString("rating")),
                row.getInt("position"),
                row.isNull("printed_rank") ? Optional.empty() : Optional.of(row.getInt("printed_rank")),
                decimal(row, "ci_plus"),
                decimal(row, "ci_minus"),
                decimal(row, "best_proprietary"),
                row.getInt("in_top10"),
                row.getInt("in_top50"));
    }

    private static Optional<Double> decimal(Engine.Row row, String column) {
        return row.isNull(column) ? Optional.empty() : Optional.of(Double.parseDouble(row.getString(column)));
    }

    /**
     * The dates where a's best model passes b's (up) or falls back (down), judged on rating over the dates both are
     * rated; and, where both have intervals, the strict crossings: a's lower end above b's upper end (up), and back.
     */
    public static List<ArenaCrossing> crossings(ArenaStandings standings, String a, String b, boolean strict) {
        requireNonNull(standings, "standings is null");
        List<ArenaCrossing> crossings = new ArrayList<>();
        Boolean ahead = null;
        for (ArenaStandings.Point point : standings.points()) {
            Optional<ArenaStanding> rowA = point.row(a);
            Optional<ArenaStanding> rowB = point.row(b);
            if (rowA.isEmpty() || rowB.isEmpty()) {
                continue;
            }
            Boolean now;
            if (strict) {
                if (rowA.get().lower().isEmpty() || rowB.get().upper().isEmpty()) {
                    continue; // no interval printed that date
                }
                now = rowA.get().lower().get() > rowB.get().upper().get();
            } else {
                now = rowA.get().rating() > rowB.get().rating();
            }
            if (ahead != null && !ahead.equals(now)) {
                crossings.add(new ArenaCrossing(
                        point.date(),
                        now ? Crossing.Direction.UP : Crossing.Direction.DOWN,
                        rowA.get(),
                        rowB.get(),
                        strict));
            }
            ahead = now;
        }
        return crossings;
    }

    /** The groups of a set of standings, for checking --a and --b. */
    public static Set<String> keys(ArenaStandings standings) {
        return standings.points().stream()
                .flatMap(point -> point.rows().stream())
                .map(ArenaStanding::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Open-weights models of one leaderboard date beside the downloads of their repositories and families. */
    public QualityAdoption adoption(MeasureSelection selection, AttributionView view, LocalDate at) {
        requireNonNull(selection, "selection is null");
        requireNonNull(view, "view is null");
        LocalDate date = dateAt(at);
        long end = selection.end().id();
        Map<String, double[]> downloads = new HashMap<>();
        Map<String, String> roots = new HashMap<>();
        census.attribution()
                .forEachMeasured(
                        selection,
                        "arena_family_downloads.sql",
                        row -> {
                            if (!row.getBoolean("in_snapshot")) {
                                return;
                            }
                            String hubId = row.getString("hub_id");
                            roots.put(hubId, row.getString("root_id"));
                            double own = row.isNull("own_downloads") ? 0 : row.getLong("own_downloads");
                            double root = row.isNull("root_downloads") ? 0 : row.getLong("root_downloads");
                            downloads.put(hubId, new double[] {
                                own,
                                root + Double.parseDouble(row.getString("derivative_downloads")),
                                row.getLong("derivatives")
                            });
                        },
                        end,
                        end,
                        end);
        Map<String, ArenaModel> byKey = new HashMap<>();
        models.forEach(model -> byKey.put(model.key(), model));
        List<QualityAdoption.Row> rows = new ArrayList<>();
        engine.forEach(query("arena_ratings_of_date.sql", date), row -> {
            ArenaModel model = byKey.get(row.getString("model_key"));
            if (model == null
                    || model.weights() != ArenaModel.Weights.OPEN
                    || model.hubId().isEmpty()) {
                return;
            }
            double[] counted = downloads.get(model.hubId().get());
            if (counted == null) {
                return;
            }
            rows.add(new QualityAdoption.Row(
                    model,
                    Double.parseDouble(row.getString("rating")),
                    model.organization().map(o -> o.country().code()).orElse(ShareRow.UNKNOWN),
                    model.hubId().get(),
                    roots.get(model.hubId().get()),
                    counted[0],
                    counted[1],
                    (long) counted[2]));
        });
        rows.sort(Comparator.comparingDouble(QualityAdoption.Row::rating)
                .reversed()
                .thenComparing(row -> row.model().key()));
        Map<String, double[]> bestPerRepository = new LinkedHashMap<>();
        for (QualityAdoption.Row row : rows) {
            bestPerRepository.putIfAbsent(row.hubId(), new double[] {row.rating(), row.downloads(view)});
        }
        return new QualityAdoption(
                selection, view, date, rows, RankCorrelation.spearman(List.copyOf(bestPerRepository.values())));
    }

    private SqlQuery query(String resource, Object... parameters) {
        return SqlQuery.of(engine.dialect(), ArenaCalculator.class, resource, parameters);
    }
}
