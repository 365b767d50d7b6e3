package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.attribution.ArenaModel;
import org.modelcensus.attribution.Organization;
import org.modelcensus.measure.ArenaCrossing;
import org.modelcensus.measure.ArenaStanding;
import org.modelcensus.measure.ArenaStandings;
import org.modelcensus.measure.QualityAdoption;
import org.modelcensus.measure.RankCorrelation;

/** Prints the leaderboard measures: standings, crossings, the mapping and its coverage, and quality beside adoption. */
public final class ArenaWriter {
    private final ObjectMapper json;
    private final int width;

    public ArenaWriter(ObjectMapper json) {
        this(json, Layout.DEFAULT_WIDTH);
    }

    /** A writer whose tables and text fit {@code width} columns. */
    public ArenaWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    // ---- standings

    public void write(ArenaStandings standings, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(standings), width));
            case CSV -> csv(standings, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(standings)));
        }
    }

    String text(ArenaStandings standings) {
        StringBuilder out = new StringBuilder();
        out.append("Best ")
                .append(standings.openOnly() ? "open-weights " : "")
                .append("model per ")
                .append(standings.by().label())
                .append(" on the LMArena text leaderboard")
                .append('\n');
        out.append("  Rank: the leaderboard's printed rank where it prints one, else 1 + the models rated higher."
                + " Gap: rating minus the best proprietary model's. Top 10 / Top 50: the group's"
                + (standings.openOnly() ? " open" : "")
                + " models among the ten / fifty best of the date.\n");
        if (standings.points().isEmpty()) {
            out.append("  No leaderboard date in that range.\n");
        }
        for (ArenaStandings.Point point : standings.points()) {
            out.append('\n').append(point.date()).append('\n');
            TextTable table =
                    new TextTable("Group", "Best model", ">Rating", ">Rank", ">95% CI", ">Gap", ">Top 10", ">Top 50");
            for (ArenaStanding row : point.rows()) {
                table.row(
                        row.key(),
                        row.displayName(),
                        Figures.decimal(row.rating(), 1),
                        Integer.toString(row.rank()),
                        interval(row),
                        row.gapToBestProprietary().map(gap -> signed(gap)).orElse("-"),
                        Integer.toString(row.inTop10()),
                        Integer.toString(row.inTop50()));
            }
            out.append(table.render("  ", width));
            if (!point.leaders().isEmpty()) {
                out.append("  Best ")
                        .append(standings.openOnly() ? "open-weights " : "")
                        .append("models: ");
                List<String> named = point.leaders().stream()
                        .map(leader -> leader.displayName() + " (" + leader.key() + ", rank " + leader.rank() + ")")
                        .toList();
                out.append(String.join(", ", named)).append('\n');
            }
        }
        return out.toString();
    }

    private static String interval(ArenaStanding row) {
        if (row.ciPlus().isEmpty()) {
            return "-";
        }
        return row.ciPlus().equals(row.ciMinus())
                ? "±" + Figures.decimal(row.ciPlus().get(), 0)
                : "+" + Figures.decimal(row.ciPlus().get(), 0) + "/-"
                        + Figures.decimal(row.ciMinus().get(), 0);
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + Figures.decimal(value, 1);
    }

    private static void csv(ArenaStandings standings, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(
                    printer,
                    "date",
                    "key",
                    "bestModel",
                    "rating",
                    "rank",
                    "position",
                    "ciPlus",
                    "ciMinus",
                    "gapToBestProprietary",
                    "inTop10",
                    "inTop50");
            for (ArenaStandings.Point point : standings.points()) {
                for (ArenaStanding row : point.rows()) {
                    CsvOutput.record(
                            printer,
                            point.date(),
                            row.key(),
                            row.modelKey(),
                            row.rating(),
                            row.rank(),
                            row.position(),
                            row.ciPlus().map(Object::toString).orElse(""),
                            row.ciMinus().map(Object::toString).orElse(""),
                            row.gapToBestProprietary().map(Object::toString).orElse(""),
                            row.inTop10(),
                            row.inTop50());
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON the CLI prints with --format json, and the server answers. */
    public ObjectNode toJson(ArenaStandings standings) {
        ObjectNode root = json.createObjectNode();
        root.put("leaderboard", "lmarena-text");
        root.put("by", standings.by().label());
        root.put("openOnly", standings.openOnly());
        root.put("every", standings.every());
        ArrayNode points = root.putArray("points");
        for (ArenaStandings.Point point : standings.points()) {
            ObjectNode node = points.addObject();
            node.put("date", point.date().toString());
            ArrayNode rows = node.putArray("rows");
            for (ArenaStanding row : point.rows()) {
                ObjectNode item = rows.addObject();
                item.put("key", row.key());
                item.put("bestModel", row.modelKey());
                item.put("displayName", row.displayName());
                item.put("rating", row.rating());
                item.put("rank", row.rank());
                item.put("position", row.position());
                if (row.ciPlus().isPresent()) {
                    item.putObject("ci")
                            .put("plus", row.ciPlus().get())
                            .put("minus", row.ciMinus().get());
                } else {
                    item.putNull("ci");
                }
                putOptional(item, "gapToBestProprietary", row.gapToBestProprietary());
                item.put("inTop10", row.inTop10());
                item.put("inTop50", row.inTop50());
            }
            ArrayNode leaders = node.putArray("leaders");
            for (ArenaStandings.Leader leader : point.leaders()) {
                leaders.addObject()
                        .put("model", leader.modelKey())
                        .put("key", leader.key())
                        .put("rating", leader.rating())
                        .put("rank", leader.rank());
            }
        }
        return root;
    }

    private static void putOptional(ObjectNode node, String field, Optional<Double> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    // ---- crossings

    public void write(
            ArenaStandings standings,
            String a,
            String b,
            List<ArenaCrossing> crossings,
            List<ArenaCrossing> strict,
            OutputFormat format,
            PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(standings, a, b, crossings, strict), width));
            case CSV -> {
                try {
                    CSVPrinter printer = CsvOutput.printer(out);
                    CsvOutput.record(
                            printer, "date", "direction", "strict", "a", "b", "modelA", "ratingA", "modelB", "ratingB");
                    for (List<ArenaCrossing> list : List.of(crossings, strict)) {
                        for (ArenaCrossing crossing : list) {
                            CsvOutput.record(
                                    printer,
                                    crossing.date(),
                                    crossing.direction().label(),
                                    crossing.strict(),
                                    a,
                                    b,
                                    crossing.a().modelKey(),
                                    crossing.a().rating(),
                                    crossing.b().modelKey(),
                                    crossing.b().rating());
                        }
                    }
                    printer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case JSON -> out.println(JsonOutput.write(json, toJson(standings, a, b, crossings, strict)));
        }
    }

    String text(
            ArenaStandings standings, String a, String b, List<ArenaCrossing> crossings, List<ArenaCrossing> strict) {
        StringBuilder out = new StringBuilder();
        String which = standings.openOnly() ? "open-weights model" : "model";
        out.append("Where ")
                .append(a)
                .append("'s best ")
                .append(which)
                .append(" passes ")
                .append(b)
                .append("'s on the LMArena text leaderboard (")
                .append(standings.points().size())
                .append(" dates)\n");
        section(out, "By rating:", crossings, a, b);
        section(out, "Strictly (95 % intervals apart; only dates that print intervals):", strict, a, b);
        return out.toString();
    }

    private void section(StringBuilder out, String heading, List<ArenaCrossing> crossings, String a, String b) {
        out.append('\n').append("  ").append(heading).append('\n');
        if (crossings.isEmpty()) {
            out.append("    No crossing.\n");
            return;
        }
        TextTable table = new TextTable("Date", "Direction", a + " best", ">Rating", b + " best", ">Rating");
        for (ArenaCrossing crossing : crossings) {
            table.row(
                    crossing.date().toString(),
                    crossing.direction() == org.modelcensus.measure.Crossing.Direction.UP
                            ? a + " passes " + b
                            : a + " falls behind " + b,
                    crossing.a().displayName(),
                    Figures.decimal(crossing.a().rating(), 1),
                    crossing.b().displayName(),
                    Figures.decimal(crossing.b().rating(), 1));
        }
        out.append(table.render("    ", width));
    }

    public ObjectNode toJson(
            ArenaStandings standings, String a, String b, List<ArenaCrossing> crossings, List<ArenaCrossing> strict) {
        ObjectNode root = json.createObjectNode();
        root.put("leaderboard", "lmarena-text");
        root.put("openOnly", standings.openOnly());
        root.put("a", a);
        root.put("b", b);
        root.put("dates", standings.points().size());
        crossings(root.putArray("crossings"), crossings);
        crossings(root.putArray("strictCrossings"), strict);
        return root;
    }

    private static void crossings(ArrayNode array, List<ArenaCrossing> crossings) {
        for (ArenaCrossing crossing : crossings) {
            ObjectNode node = array.addObject();
            node.put("date", crossing.date().toString());
            node.put("direction", crossing.direction().label());
            node.put("modelA", crossing.a().modelKey());
            node.put("ratingA", crossing.a().rating());
            node.put("modelB", crossing.b().modelKey());
            node.put("ratingB", crossing.b().rating());
        }
    }

    // ---- mapping

    /** The coverage figures of a mapping. */
    public record Coverage(long models, long withCountry, long open, long openOnHub) {
        public static Coverage of(List<ArenaModel> models) {
            long withCountry = models.stream()
                    .filter(model -> model.organization().isPresent())
                    .count();
            long open = models.stream()
                    .filter(model -> model.weights() == ArenaModel.Weights.OPEN)
                    .count();
            long openOnHub = models.stream()
                    .filter(model -> model.weights() == ArenaModel.Weights.OPEN
                            && model.hubId().isPresent())
                    .count();
            return new Coverage(models.size(), withCountry, open, openOnHub);
        }

        public String text() {
            return String.format(
                    Locale.ROOT,
                    "%d leaderboard models: %d (%.1f %%) map to an organisation with a country; %d of %d open-weights"
                            + " models (%.1f %%) map to a Hub repository.",
                    models,
                    withCountry,
                    100.0 * withCountry / Math.max(1, models),
                    openOnHub,
                    open,
                    100.0 * openOnHub / Math.max(1, open));
        }
    }

    public void writeMapping(List<ArenaModel> models, boolean unmatchedOnly, OutputFormat format, PrintStream out) {
        List<ArenaModel> shown =
                unmatchedOnly ? models.stream().filter(ArenaWriter::unmatched).toList() : models;
        switch (format) {
            case TABLE -> {
                StringBuilder text = new StringBuilder();
                text.append(Coverage.of(models).text()).append('\n');
                if (unmatchedOnly) {
                    text.append("Listed: the models without an organisation, and the open-weights models without a Hub"
                            + " repository (add them to data/arena/models.csv or data/arena/organizations.csv).\n");
                }
                TextTable table = new TextTable("Arena model", "Weights", "Organisation", "Country", "Hub id", "Match");
                for (ArenaModel model : shown) {
                    table.row(
                            model.key(),
                            model.weights().label(),
                            model.organization().map(Organization::name).orElse("? " + model.arenaOrganization()),
                            model.organization().map(o -> o.country().code()).orElse("-"),
                            model.hubId().orElse("-"),
                            model.match().label()
                                    + (model.match() == ArenaModel.HubMatch.FUZZY
                                                    || model.match() == ArenaModel.HubMatch.LOW_CONFIDENCE
                                            ? String.format(Locale.ROOT, " %.2f", model.confidence())
                                            : ""));
                    if (!model.evidence().isEmpty() && model.match() == ArenaModel.HubMatch.LOW_CONFIDENCE) {
                        table.detail(model.evidence());
                    }
                }
                text.append('\n').append(table.render("  ", width));
                out.print(Layout.fit(text.toString(), width));
            }
            case CSV -> {
                try {
                    CSVPrinter printer = CsvOutput.printer(out);
                    CsvOutput.record(
                            printer,
                            "key",
                            "license",
                            "licenseName",
                            "weights",
                            "arenaOrganization",
                            "organization",
                            "country",
                            "type",
                            "hubId",
                            "match",
                            "confidence",
                            "evidence");
                    for (ArenaModel model : shown) {
                        CsvOutput.record(
                                printer,
                                model.key(),
                                model.license(),
                                model.licenseName(),
                                model.weights().label(),
                                model.arenaOrganization(),
                                model.organization().map(Organization::name).orElse(""),
                                model.organization()
                                        .map(o -> o.country().code())
                                        .orElse(""),
                                model.organization().map(o -> o.type().code()).orElse(""),
                                model.hubId().orElse(""),
                                model.match().label(),
                                model.confidence(),
                                model.evidence());
                    }
                    printer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case JSON -> out.println(JsonOutput.write(json, mappingJson(models, shown)));
        }
    }

    private static boolean unmatched(ArenaModel model) {
        return model.organization().isEmpty()
                || (model.weights() == ArenaModel.Weights.OPEN && model.hubId().isEmpty())
                || model.weights() == ArenaModel.Weights.UNKNOWN;
    }

    private ObjectNode mappingJson(List<ArenaModel> all, List<ArenaModel> shown) {
        ObjectNode root = json.createObjectNode();
        Coverage coverage = Coverage.of(all);
        root.putObject("coverage")
                .put("models", coverage.models())
                .put("withCountry", coverage.withCountry())
                .put("open", coverage.open())
                .put("openOnHub", coverage.openOnHub());
        ArrayNode models = root.putArray("models");
        for (ArenaModel model : shown) {
            ObjectNode node = models.addObject();
            node.put("key", model.key());
            node.put("license", model.license());
            node.put("licenseName", model.licenseName());
            node.put("weights", model.weights().label());
            node.put("arenaOrganization", model.arenaOrganization());
            if (model.organization().isPresent()) {
                node.put("organization", model.organization().get().name());
                node.put("country", model.organization().get().country().code());
                node.put("type", model.organization().get().type().code());
            } else {
                node.putNull("organization");
                node.putNull("country");
                node.putNull("type");
            }
            if (model.hubId().isPresent()) {
                node.put("hubId", model.hubId().get());
            } else {
                node.putNull("hubId");
            }
            node.put("match", model.match().label());
            node.put("confidence", model.confidence());
            node.put("evidence", model.evidence());
        }
        return root;
    }

    // ---- quality beside adoption

    public void write(QualityAdoption adoption, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(adoption), width));
            case CSV -> {
                try {
                    CSVPrinter printer = CsvOutput.printer(out);
                    CsvOutput.record(
                            printer,
                            "key",
                            "country",
                            "rating",
                            "hubId",
                            "root",
                            "ownDownloads",
                            "familyDownloads",
                            "derivatives");
                    for (QualityAdoption.Row row : adoption.rows()) {
                        CsvOutput.record(
                                printer,
                                row.model().key(),
                                row.country(),
                                row.rating(),
                                row.hubId(),
                                row.root(),
                                row.ownDownloads(),
                                row.familyDownloads(),
                                row.derivatives());
                    }
                    printer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case JSON -> out.println(JsonOutput.write(json, toJson(adoption)));
        }
    }

    String text(QualityAdoption adoption) {
        StringBuilder out = new StringBuilder();
        out.append("Quality beside adoption: open-weights models of the LMArena text leaderboard of ")
                .append(adoption.date())
                .append("; measure: ")
                .append(adoption.selection().describe())
                .append(" (")
                .append(adoption.view().label())
                .append(" view: ")
                .append(
                        adoption.view() == org.modelcensus.attribution.AttributionView.ORIGIN
                                ? "the whole family of each model's repository"
                                : "each model's own repository")
                .append(")\n");
        out.append("  ").append(correlation(adoption.correlation())).append('\n');
        if (adoption.rows().isEmpty()) {
            out.append("  No rated open-weights model has its repository in the measured snapshot.\n");
            return out.toString();
        }
        TextTable countries = new TextTable("Country", ">Repositories", ">Best rating", ">Downloads");
        for (QualityAdoption.CountryRow row : adoption.byCountry()) {
            countries.row(
                    row.country(),
                    Integer.toString(row.repositories()),
                    Figures.decimal(row.bestRating(), 1),
                    Figures.count(row.downloads()));
        }
        out.append('\n').append(countries.render("  ", width));
        TextTable table = new TextTable("Arena model", "Country", ">Rating", "Hub repository", ">Own", ">Family");
        for (QualityAdoption.Row row : adoption.rows()) {
            table.row(
                    row.model().key(),
                    row.country(),
                    Figures.decimal(row.rating(), 1),
                    row.hubId(),
                    Figures.count(row.ownDownloads()),
                    Figures.count(row.familyDownloads()));
        }
        out.append('\n').append(table.render("  ", width));
        return out.toString();
    }

    static String correlation(Optional<RankCorrelation> correlation) {
        return correlation
                .map(found -> String.format(
                        Locale.ROOT,
                        "Spearman's rank correlation between rating and downloads: %.3f (n = %d distinct repositories)",
                        found.rho(),
                        found.n()))
                .orElse("Spearman's rank correlation: too few repositories (fewer than 3, or no spread) to compute");
    }

    public ObjectNode toJson(QualityAdoption adoption) {
        ObjectNode root = json.createObjectNode();
        root.put("leaderboardDate", adoption.date().toString());
        root.put("view", adoption.view().label());
        root.put("measure", adoption.selection().describe());
        if (adoption.correlation().isPresent()) {
            root.putObject("spearman")
                    .put("rho", adoption.correlation().get().rho())
                    .put("n", adoption.correlation().get().n());
        } else {
            root.putNull("spearman");
        }
        ArrayNode countries = root.putArray("countries");
        for (QualityAdoption.CountryRow row : adoption.byCountry()) {
            ObjectNode node = countries.addObject();
            node.put("country", row.country());
            node.put("repositories", row.repositories());
            node.put("bestRating", row.bestRating());
            JsonOutput.putNumber(node, "downloads", row.downloads());
        }
        ArrayNode rows = root.putArray("rows");
        for (QualityAdoption.Row row : adoption.rows()) {
            ObjectNode node = rows.addObject();
            node.put("key", row.model().key());
            node.put("country", row.country());
            node.put("rating", row.rating());
            node.put("hubId", row.hubId());
            node.put("root", row.root());
            JsonOutput.putNumber(node, "ownDownloads", row.ownDownloads());
            JsonOutput.putNumber(node, "familyDownloads", row.familyDownloads());
            node.put("derivatives", row.derivatives());
            JsonOutput.putNumber(node, "downloads", row.downloads(adoption.view()));
        }
        return root;
    }
}
