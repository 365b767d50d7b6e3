package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelcensus.lineage.Relation;
import org.modelcensus.measure.ArenaCrossing;
import org.modelcensus.measure.ArenaStandings;
import org.modelcensus.measure.Crossing;
import org.modelcensus.measure.Family;
import org.modelcensus.measure.HubComparison;
import org.modelcensus.measure.MeasureSelection;
import org.modelcensus.measure.QualityAdoption;
import org.modelcensus.measure.Sensitivity;
import org.modelcensus.measure.SeriesPoint;
import org.modelcensus.measure.ShareRow;
import org.modelcensus.measure.ShareSeries;
import org.modelcensus.measure.ShareTable;
import org.modelcensus.store.SnapshotFile;

/**
 * Writes the census report as one self-contained HTML file that opens offline in any browser: Apache ECharts and
 * the data are inlined, and every chart has a table with its numbers and a provenance section saying what it was
 * computed from and how to reproduce it.
 */
public final class HtmlReportWriter {
    /** Apache ECharts from its WebJar, inlined into every report. */
    private static final String TEMPLATE = "org/modelcensus/report/report.html";

    /** The group holding every key a curve does not show. */
    private static final String OTHER = "other";

    private final ObjectMapper json;

    public HtmlReportWriter(ObjectMapper json) {
        this.json = requireNonNull(json, "json is null");
    }

    /** The whole HTML document. */
    public String html(CensusReport report, String command) {
        requireNonNull(report, "report is null");
        requireNonNull(command, "command is null");
        String template = text(TEMPLATE);
        String data;
        try {
            data = json.writeValueAsString(data(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the report's data", e);
        }
        return template.replace("<!--SECTIONS-->", sections(report, command))
                .replace(
                        "<!--ECHARTS-->",
                        "<script>" + text(WebAssets.ECHARTS).replace("</script", "<\\/script") + "</script>")
                .replace("/*DATA*/", Html.scriptSafe(data));
    }

    private ObjectNode data(CensusReport report) {
        ShareTable countries = report.countries();
        ObjectNode root = json.createObjectNode();
        root.put(
                "subtitle",
                "Snapshot " + countries.snapshot().label() + ", "
                        + countries.selection().describe() + ", "
                        + countries.view().label()
                        + " view. Every chart says what it measures; the tables below each chart"
                        + " hold its numbers.");
        Set<String> keys = new LinkedHashSet<>();
        ObjectNode latest = root.putObject("latest");
        latest.set("country", bars(countries, Integer.MAX_VALUE, keys));
        latest.set("organization", bars(report.organizations(), TerminalReportWriter.TOP_ORGANIZATIONS, keys));
        latest.set("type", bars(report.types(), Integer.MAX_VALUE, keys));
        ArrayNode time = root.putArray("time");
        for (TimeSection section : report.time()) {
            ObjectNode curve = time.addObject();
            List<String> leading = SeriesWriter.largestKeys(section.uploader(), SeriesWriter.COLUMNS);
            ArrayNode keyNodes = curve.putArray("keys");
            leading.forEach(keyNodes::add);
            keyNodes.add(OTHER);
            keys.addAll(leading);
            keys.add(OTHER);
            curve.set("uploader", points(section.uploader(), leading));
            section.origin()
                    .ifPresentOrElse(
                            origin -> curve.set("origin", points(origin, leading)), () -> curve.putNull("origin"));
            ArrayNode crossings = curve.putArray("crossings");
            for (Crossing crossing : section.crossings()) {
                crossings
                        .addObject()
                        .put("date", crossing.date().toString())
                        .put("label", crossing.passing(section.a(), section.b()) + " " + crossing.date());
            }
            ArrayNode concentration = curve.putArray("concentration");
            for (SeriesPoint point : section.uploader().points()) {
                point.table()
                        .concentration()
                        .ifPresent(value -> concentration
                                .addObject()
                                .put("date", point.date().toString())
                                .put("hhi", value.hhi())
                                .put("top1", value.top1())
                                .put("top5", value.top5()));
            }
        }
        if (report.lineage().isPresent()
                && !report.lineage().get().families().families().isEmpty()) {
            ArrayNode families = root.putArray("families");
            for (Family family : report.lineage().get().families().families()) {
                ObjectNode node = families.addObject();
                String country = family.organization()
                        .map(organization -> organization.country().code())
                        .orElse(ShareRow.UNKNOWN);
                keys.add(country);
                node.put("root", family.root());
                node.put("country", country);
                node.put("total", family.downloads());
                ArrayNode parts = node.putArray("parts");
                parts.addObject().put("name", "the root itself").put("value", family.rootDownloads());
                for (Map.Entry<Relation, Double> entry :
                        family.derivativeDownloadsByRelation().entrySet()) {
                    parts.addObject()
                            .put(
                                    "name",
                                    entry.getKey().label() + " derivatives ("
                                            + family.derivativesByRelation().get(entry.getKey()) + ")")
                            .put("value", entry.getValue());
                }
            }
        } else {
            root.putNull("families");
        }
        report.arena()
                .ifPresentOrElse(section -> root.set("arena", arenaData(section, keys)), () -> root.putNull("arena"));
        report.robustness()
                .ifPresentOrElse(
                        robustness -> root.set("robustness", robustnessData(robustness, keys)),
                        () -> root.putNull("robustness"));
        report.hubs().ifPresentOrElse(table -> root.set("hubs", hubsData(table, keys)), () -> root.putNull("hubs"));
        ObjectNode colours = root.putObject("colours");
        Palette.bundled().colours(keys).forEach(colours::put);
        return root;
    }

    private ArrayNode bars(ShareTable table, int limit, Set<String> keys) {
        ArrayNode array = json.createArrayNode();
        table.rows().stream().limit(limit).forEach(row -> {
            keys.add(row.key());
            array.addObject()
                    .put("key", row.key())
                    .put("name", row.chartName(table.by()))
                    .put("share", row.share());
        });
        return array;
    }

    private ArrayNode points(ShareSeries series, List<String> keys) {
        ArrayNode array = json.createArrayNode();
        for (SeriesPoint point : series.points()) {
            ObjectNode node = array.addObject();
            node.put("date", point.date().toString());
            ObjectNode shares = node.putObject("shares");
            double shown = 0;
            for (String key : keys) {
                double share = point.share(key);
                shares.put(key, share);
                shown += share;
            }
            shares.put(OTHER, SeriesWriter.otherShare(point, shown));
        }
        return array;
    }

    private String sections(CensusReport report, String command) {
        ShareTable countries = report.countries();
        StringBuilder html = new StringBuilder();
        html.append("<section><h2>Summary</h2><p>")
                .append(Html.escape("Snapshot " + countries.snapshot().label() + ": "
                        + Figures.count(countries.models())
                        + " models, " + Figures.count(countries.totalDownloads()) + " "
                        + countries.selection().describe() + ". The registry attributes "
                        + Figures.percent(countries.coverage()) + " of these downloads to an organisation; the rest is"
                        + " reported as UNKNOWN."))
                .append("</p>");
        JsonOutput.caveat(countries.snapshot())
                .ifPresent(caveat -> html.append("<p class=\"caveat\" id=\"source-coverage\">")
                        .append(Html.escape(caveat))
                        .append("</p>"));
        html.append("</section>\n");
        for (int index = 0; index < report.time().size(); index++) {
            html.append(time(report.time().get(index), index));
        }
        html.append("<section><h2>Shares of the latest snapshot</h2><p class=\"note\">")
                .append(Html.escape(ShareTableWriter.heading(countries).replace("\n", " ")))
                .append("</p><div class=\"grid2\"><div><h3>Countries</h3><div id=\"latest-country\""
                        + " class=\"chart bars\"></div></div><div><h3>Developer types</h3><div id=\"latest-type\""
                        + " class=\"chart bars\"></div></div></div><h3>Top organisations</h3><div"
                        + " id=\"latest-organization\" class=\"chart bars\"></div>");
        for (ShareTable table : List.of(countries, report.organizations(), report.types())) {
            html.append("<details><summary>")
                    .append(Html.escape("Numbers by " + table.by().label()))
                    .append("</summary>")
                    .append(shareTable(table))
                    .append("<p class=\"note\">")
                    .append(Html.escape("Concentration (" + ShareTableWriter.CONCENTRATION_BASIS + "): "
                            + table.concentration()
                                    .map(ShareTableWriter::concentration)
                                    .orElse("none")))
                    .append("</p><p class=\"note\">Reproduce: <code>")
                    .append(Html.escape("modelcensus shares --by " + table.by().label() + " " + report.selection()))
                    .append("</code></p></details>");
        }
        html.append("</section>\n");
        report.robustness().ifPresent(robustness -> html.append(robustness(robustness)));
        if (!report.headlines().isEmpty()) {
            html.append("<section><h2>Cohorts: who the downloads of new models go to</h2>");
            for (ShareTable headline : report.headlines()) {
                MeasureSelection selection = headline.selection();
                html.append("<h3>")
                        .append(Html.escape(headline.snapshot().source() + ": " + selection.describe()))
                        .append("</h3><p class=\"note\">")
                        .append(Html.escape(selection.cohort().describe(selection.windowEnd())
                                + (headline.notes().describe().isEmpty()
                                        ? ""
                                        : "; " + headline.notes().describe())))
                        .append("</p>")
                        .append(shareTable(headline));
            }
            html.append("</section>\n");
        }
        report.lineage().ifPresent(section -> html.append(lineage(section)));
        report.arena().ifPresent(section -> html.append(arena(section)));
        report.hubs().ifPresent(table -> html.append(hubs(table)));
        if (!report.omitted().isEmpty()) {
            html.append("<section><h2>Left out</h2><p class=\"note\">The data at hand cannot give these sections;"
                    + " each says what data would.</p><ul>");
            for (Omission omission : report.omitted()) {
                html.append("<li>").append(Html.escape(omission.describe())).append("</li>");
            }
            html.append("</ul></section>\n");
        }
        html.append(provenance(report, command));
        return html.toString();
    }

    private static String time(TimeSection section, int index) {
        ShareSeries series = section.uploader();
        StringBuilder html = new StringBuilder("<section><h2>")
                .append(Html.escape("Country shares over time - source " + series.source()))
                .append("</h2><p class=\"note\">")
                .append(Html.escape(SeriesWriter.heading(series)))
                .append("</p><p class=\"toggle\" id=\"toggle-")
                .append(index)
                .append("\"><button class=\"active\" data-chart=\"lines\">leading shares</button><button"
                        + " data-chart=\"stacked\">all groups, stacked</button><span class=\"gap\"></span><button"
                        + " class=\"active\" data-view=\"uploader\">uploader view</button><button"
                        + " data-view=\"origin\"")
                .append(
                        section.origin().isPresent()
                                ? ""
                                : " disabled title=\"no model of this source declares a base"
                                        + " model, so both views agree\"")
                .append(">origin view</button></p><div id=\"curve-")
                .append(index)
                .append("\" class=\"chart\"></div>");
        if (section.crossings().isEmpty()) {
            html.append("<p class=\"note\">")
                    .append(Html.escape(
                            section.a() + " and " + section.b() + " do not cross at any snapshot of the" + " source."))
                    .append("</p>");
        } else {
            List<String[]> rows = new ArrayList<>();
            for (Crossing crossing : section.crossings()) {
                rows.add(new String[] {
                    crossing.date().toString(),
                    crossing.passing(section.a(), section.b()),
                    Figures.percent(crossing.a()),
                    Figures.percent(crossing.b())
                });
            }
            html.append("<h3>Crossings (found at every snapshot of the source)</h3>")
                    .append(Html.table(new String[] {"Date", "Crossing", section.a(), section.b()}, rows));
        }
        html.append("<h3>Concentration over time</h3><div id=\"concentration-")
                .append(index)
                .append("\" class=\"chart small\"></div><details><summary>Numbers behind the curves</summary><pre>")
                .append(Html.escape(SeriesWriter.text(series, SeriesWriter.COLUMNS, Layout.UNLIMITED)))
                .append(section.origin()
                        .map(origin -> Html.escape(
                                "\nOrigin view\n" + SeriesWriter.text(origin, SeriesWriter.COLUMNS, Layout.UNLIMITED)))
                        .orElse(""))
                .append("</pre></details></section>\n");
        return html.toString();
    }

    /** The "How robust is this?" section: a range bar per leading country and a tornado chart of the gap. */
    private static String robustness(Sensitivity robustness) {
        StringBuilder html = new StringBuilder("<section id=\"robustness\"><h2>How robust is this?</h2><p>");
        robustness
                .gap()
                .ifPresent(gap -> html.append(Html.escape(
                        SensitivityWriter.gapSentence(gap, robustness.variants().size()))));
        html.append("</p><div class=\"grid2\"><div><h3>Share of each leading country, under every choice</h3>"
                + "<div id=\"robust-range\" class=\"chart small\"></div></div>");
        robustness
                .gap()
                .ifPresent(gap -> html.append("<div><h3>")
                        .append(Html.escape(
                                "Gap " + gap.a() + " - " + gap.b() + ": each variant's move from the baseline's "
                                        + SensitivityWriter.points(gap.baseline()) + " points"))
                        .append("</h3><div id=\"robust-gap\" class=\"chart small\"></div></div>"));
        html.append("</div><p class=\"note\">")
                .append(Html.escape("The bar runs from the lowest to the highest share over the baseline and each"
                        + " variant; the dot is the baseline. Not applicable to these data: "
                        + (robustness.notApplicable().isEmpty()
                                ? "none"
                                : String.join(
                                        ", ",
                                        robustness.notApplicable().stream()
                                                .map(Sensitivity.Skipped::name)
                                                .toList()))
                        + "."))
                .append("</p><details><summary>Numbers behind the charts</summary><pre>")
                .append(Html.escape(SensitivityWriter.text(robustness, Layout.UNLIMITED)))
                .append("</pre></details></section>\n");
        return html.toString();
    }

    private ObjectNode robustnessData(Sensitivity robustness, Set<String> keys) {
        ObjectNode node = json.createObjectNode();
        ArrayNode ranges = node.putArray("ranges");
        robustness.ranges().stream()
                .filter(range -> !range.key().equals(ShareRow.UNKNOWN))
                .limit(SensitivityWriter.LEADING)
                .forEach(range -> {
                    keys.add(range.key());
                    ranges.addObject()
                            .put("key", range.key())
                            .put("name", range.key() + " " + range.label())
                            .put("baseline", range.baseline())
                            .put("min", range.min())
                            .put("max", range.max())
                            .put("mostSensitiveTo", range.mostSensitiveTo().orElse(""));
                });
        robustness
                .gap()
                .ifPresentOrElse(
                        gap -> {
                            ObjectNode gapNode = node.putObject("gap");
                            gapNode.put("a", gap.a()).put("b", gap.b()).put("baseline", gap.baseline());
                            ArrayNode variants = gapNode.putArray("variants");
                            for (Sensitivity.Variant variant : robustness.variants()) {
                                variants.addObject()
                                        .put("name", variant.name())
                                        .put("gap", variant.share(gap.a()) - variant.share(gap.b()));
                            }
                        },
                        () -> node.putNull("gap"));
        return node;
    }

    /** The countries charted on Hugging Face alone and on both hubs: at most this many, largest first. */
    static final int HUB_COUNTRIES = 8;

    /** The "Beyond Hugging Face" section: each leading country's share on Hugging Face and on both hubs. */
    private static String hubs(HubComparison.Table table) {
        StringBuilder html = new StringBuilder("<section id=\"hubs\"><h2>")
                .append(Html.escape(ReportService.HUBS + ": how much the Hugging Face view undercounts"))
                .append("</h2><p>");
        table.rows().stream()
                .filter(row -> !row.key().equals(ShareRow.UNKNOWN))
                .max(java.util.Comparator.comparingDouble(HubComparison.Row::undercount))
                .ifPresent(row -> html.append(Html.escape(String.format(
                        java.util.Locale.ROOT,
                        "%s has %s of Hugging Face's downloads and %s of the downloads of Hugging Face and"
                                + " ModelScope together (%+.2f points), from %s to %s.",
                        row.key().equals(row.label()) ? row.label() : row.label() + " (" + row.key() + ")",
                        Figures.percent(row.huggingfaceShare()),
                        Figures.percent(row.combinedShare()),
                        100 * row.undercount(),
                        table.from(),
                        table.to()))));
        html.append("</p><div id=\"hubs-shares\" class=\"chart small\"></div><p class=\"note\">")
                .append(Html.escape(HubsWriter.CAVEAT))
                .append("</p><details><summary>Numbers behind the chart</summary><pre>")
                .append(Html.escape(HubsWriter.text(table, Layout.UNLIMITED)))
                .append("</pre><p class=\"note\">Reproduce: <code>")
                .append(Html.escape(HubsWriter.command(table)))
                .append("</code></p></details></section>\n");
        return html.toString();
    }

    private ObjectNode hubsData(HubComparison.Table table, Set<String> keys) {
        ObjectNode node = json.createObjectNode();
        ArrayNode rows = node.putArray("rows");
        table.rows().stream()
                .filter(row -> !row.key().equals(ShareRow.UNKNOWN))
                .limit(HUB_COUNTRIES)
                .forEach(row -> {
                    keys.add(row.key());
                    rows.addObject()
                            .put("key", row.key())
                            .put("name", row.key().equals(row.label()) ? row.key() : row.key() + " " + row.label())
                            .put("huggingface", row.huggingfaceShare())
                            .put("combined", row.combinedShare());
                });
        return node;
    }

    private String arena(ArenaSection section) {
        ArenaWriter writer = new ArenaWriter(json, Layout.UNLIMITED);
        StringBuilder html = new StringBuilder(
                        "<section><h2>Quality beside adoption: the LMArena text leaderboard</h2><p class=\"note\">")
                .append(Html.escape("The best open-weights model of each country on the last leaderboard date of each"
                        + " month (ratings are comparable within a date, not across the leaderboard's years). "
                        + section.coverage().text()))
                .append("</p><div id=\"arena-best\" class=\"chart\"></div>");
        if (section.crossings().isEmpty()) {
            html.append("<p class=\"note\">")
                    .append(Html.escape(section.a() + "'s and " + section.b() + "'s best open models never cross."))
                    .append("</p>");
        } else {
            List<String[]> rows = new ArrayList<>();
            for (ArenaCrossing crossing : section.crossings()) {
                rows.add(new String[] {
                    crossing.date().toString(),
                    section.a()
                            + (crossing.direction() == Crossing.Direction.UP ? " passes " : " falls behind ")
                            + section.b(),
                    crossing.a().displayName() + " "
                            + Figures.decimal(crossing.a().rating(), 1),
                    crossing.b().displayName() + " "
                            + Figures.decimal(crossing.b().rating(), 1)
                });
            }
            html.append("<h3>Where the best open models crossed (every leaderboard date)</h3>")
                    .append(Html.table(new String[] {"Date", "Crossing", section.a(), section.b()}, rows));
        }
        html.append("<h3>Rating against downloads</h3><p class=\"note\">")
                .append(Html.escape(ArenaWriter.correlation(section.adoption().correlation()) + "; leaderboard of "
                        + section.adoption().date() + ", "
                        + section.adoption().selection().describe() + ", "
                        + section.adoption().view().label() + " view."))
                .append("</p><div id=\"arena-scatter\" class=\"chart\"></div>")
                .append("<details><summary>Numbers behind the charts</summary><pre>")
                .append(Html.escape(writer.text(section.standings())))
                .append('\n')
                .append(Html.escape(writer.text(section.adoption())))
                .append("</pre><p class=\"note\">Reproduce: <code>modelcensus arena --by country --open-only --every"
                        + " month</code>, <code>")
                .append(Html.escape(
                        "modelcensus arena crossover --a " + section.a() + " --b " + section.b() + " --open-only"))
                .append("</code>, <code>modelcensus arena adoption</code></p></details></section>\n");
        return html.toString();
    }

    /** The leaderboard charts' data: the leading countries' best open ratings by month, and the scatter's points. */
    private ObjectNode arenaData(ArenaSection section, Set<String> keys) {
        ObjectNode arena = json.createObjectNode();
        List<String> countries = section.leadingCountries();
        keys.addAll(countries);
        ArrayNode lines = arena.putArray("lines");
        for (String country : countries) {
            ObjectNode line = lines.addObject();
            line.put("key", country);
            ArrayNode points = line.putArray("points");
            for (ArenaStandings.Point point : section.standings().points()) {
                point.row(country)
                        .ifPresent(row -> points.addArray()
                                .add(point.date().toString())
                                .add(row.rating())
                                .add(row.displayName()));
            }
        }
        ArrayNode crossings = arena.putArray("crossings");
        section.crossings().stream()
                .filter(crossing -> crossing.direction() == Crossing.Direction.UP)
                .forEach(crossing -> crossings
                        .addObject()
                        .put("date", crossing.date().toString())
                        .put("label", section.a() + " passes " + section.b() + " " + crossing.date()));
        ArrayNode scatter = arena.putArray("scatter");
        for (QualityAdoption.Row row : section.adoption().rows()) {
            double downloads = row.downloads(section.adoption().view());
            if (downloads <= 0) {
                continue; // a log axis has no place for none
            }
            keys.add(row.country());
            scatter.addObject()
                    .put("name", row.model().key())
                    .put("country", row.country())
                    .put("rating", row.rating())
                    .put("downloads", downloads);
        }
        return arena;
    }

    private static String lineage(LineageSection section) {
        StringBuilder html = new StringBuilder("<section><h2>")
                .append(Html.escape("Lineage - snapshot "
                        + section.uploaderCountries().snapshot().label()))
                .append("</h2><p class=\"note\">The largest model families: each block is a root model; its parts are"
                        + " the root's own downloads and its derivatives' by relation.</p>");
        if (!section.families().families().isEmpty()) {
            html.append("<div id=\"families\" class=\"chart\"></div>");
        }
        html.append("<details><summary>Numbers behind the families</summary><pre>")
                .append(Html.escape(FamilyTableWriter.text(section.families(), Layout.UNLIMITED)))
                .append("</pre></details><h3>Country shares, uploader against origin view</h3>");
        List<String[]> rows = new ArrayList<>();
        for (ShareRow row : section.uploaderCountries().rows()) {
            double origin = section.originCountries().rows().stream()
                    .filter(other -> other.key().equals(row.key()))
                    .mapToDouble(ShareRow::share)
                    .sum();
            rows.add(new String[] {row.key(), row.label(), Figures.percent(row.share()), Figures.percent(origin)});
        }
        html.append(Html.table(new String[] {"Country", "Name", "Uploader share", "Origin share"}, rows))
                .append("<p class=\"note\">")
                .append(Html.escape("Lineage data: "
                        + JsonOutput.describe(section.families().quality())))
                .append("</p></section>\n");
        return html.toString();
    }

    private static String provenance(CensusReport report, String command) {
        ShareTable countries = report.countries();
        List<String[]> files = new ArrayList<>();
        for (SnapshotFile file : report.files()) {
            files.add(new String[] {file.name(), file.sha256(), Figures.count(file.models())});
        }
        return "<section><h2>Provenance</h2><p>"
                + Html.escape("Snapshot " + countries.snapshot().label() + ": " + report.sourceDescription() + ".")
                + "</p>" + Html.table(new String[] {"File", "SHA-256", "Models"}, files) + "<p>"
                + Html.escape("Registry " + countries.registry().describe() + "; it attributes "
                        + Figures.percent(countries.coverage()) + " of the snapshot's downloads.")
                + "</p><p>"
                + Html.escape(
                        "Store " + report.store() + ", " + Figures.counted(report.snapshotsInStore(), "snapshot") + ".")
                + "</p><p>Reproduce this report: <code>" + Html.escape(command) + "</code></p>"
                + "<p class=\"note\">Data sources and their licences: data/SOURCES.md of ModelCensus. Charts drawn"
                + " with Apache ECharts (Apache-2.0), inlined.</p></section>\n";
    }

    private static String shareTable(ShareTable table) {
        List<String[]> rows = new ArrayList<>();
        for (ShareRow row : table.rows()) {
            rows.add(new String[] {
                row.key(),
                row.label(),
                Figures.count(row.downloads()),
                Figures.percent(row.share()),
                Figures.count(row.models())
            });
        }
        return Html.table(new String[] {"Key", "Name", "Downloads", "Share", "Models"}, rows);
    }

    private static String text(String resource) {
        return new String(WebAssets.bytes(resource), StandardCharsets.UTF_8);
    }
}
