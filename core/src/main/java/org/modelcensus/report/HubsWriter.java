package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.HubComparison;
import org.modelcensus.measure.HubLinks;
import org.modelcensus.measure.ShareRow;

/** Prints {@code hubs}: each group's downloads on Hugging Face and ModelScope, and the Hugging Face undercount. */
public final class HubsWriter {
    /** What every output of the comparison says about adding the two hubs' counts. */
    public static final String CAVEAT = "A combined count adds two different counters: each hub counts a download its"
            + " own way, and a crawl of listed organisations is no census of either hub.";

    private final ObjectMapper json;
    private final int width;

    /** A writer of JSON (and of tables of any width). */
    public HubsWriter(ObjectMapper json) {
        this(json, Layout.UNLIMITED);
    }

    public HubsWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    public void write(HubComparison.Table table, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(table, width), width));
            case CSV -> csv(table, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(table)));
        }
    }

    /** Prints the links of the same models across the hubs; a table shows the first {@code limit}. */
    public void write(HubLinks.Result result, int limit, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(result, limit, width), width));
            case CSV -> csv(result, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(result)));
        }
    }

    static String text(HubLinks.Result result, int limit, int width) {
        StringBuilder out = new StringBuilder();
        out.append("The same models on ModelScope (")
                .append(result.modelscope().label())
                .append(") and Hugging Face (")
                .append(result.huggingface().label())
                .append(")\n");
        out.append("  ")
                .append(Figures.counted(result.linked(HubLinks.Confidence.HIGH), "link"))
                .append(" of high confidence (the paired namespace), ")
                .append(Figures.count(result.linked(HubLinks.Confidence.MEDIUM)))
                .append(" of medium (another namespace of the organisation), ")
                .append(Figures.count(result.ambiguous().size()))
                .append(" ambiguous, ")
                .append(Figures.count(result.unlinked()))
                .append(" ModelScope models without a match\n");
        TextTable table = new TextTable("ModelScope", "Hugging Face", "Confidence");
        result.links().stream()
                .limit(limit)
                .forEach(link -> table.row(
                        link.modelscope(), link.huggingface(), link.confidence().label()));
        result.ambiguous().stream()
                .limit(limit)
                .forEach(ambiguous ->
                        table.row(ambiguous.modelscope(), String.join(" | ", ambiguous.candidates()), "ambiguous"));
        out.append(table.render("  ", width));
        if (result.links().size() > limit || result.ambiguous().size() > limit) {
            out.append("  (the first ").append(limit).append(" of each; --format csv or json lists all)\n");
        }
        return out.toString();
    }

    private static void csv(HubLinks.Result result, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(printer, "modelscope", "huggingface", "confidence");
            for (HubLinks.Link link : result.links()) {
                CsvOutput.record(
                        printer,
                        link.modelscope(),
                        link.huggingface(),
                        link.confidence().label());
            }
            for (HubLinks.Ambiguous ambiguous : result.ambiguous()) {
                CsvOutput.record(
                        printer, ambiguous.modelscope(), String.join(" ", ambiguous.candidates()), "ambiguous");
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON of {@code hubs --links}. */
    public ObjectNode toJson(HubLinks.Result result) {
        ObjectNode root = json.createObjectNode();
        root.put("modelscopeSnapshot", result.modelscope().label());
        root.put("huggingfaceSnapshot", result.huggingface().label());
        ObjectNode summary = root.putObject("summary");
        summary.put("high", result.linked(HubLinks.Confidence.HIGH));
        summary.put("medium", result.linked(HubLinks.Confidence.MEDIUM));
        summary.put("ambiguous", result.ambiguous().size());
        summary.put("unlinked", result.unlinked());
        ArrayNode links = root.putArray("links");
        for (HubLinks.Link link : result.links()) {
            links.addObject()
                    .put("modelscope", link.modelscope())
                    .put("huggingface", link.huggingface())
                    .put("confidence", link.confidence().label());
        }
        ArrayNode ambiguous = root.putArray("ambiguous");
        for (HubLinks.Ambiguous entry : result.ambiguous()) {
            ObjectNode node = ambiguous.addObject().put("modelscope", entry.modelscope());
            entry.candidates().forEach(node.putArray("candidates")::add);
        }
        return root;
    }

    static String text(HubComparison.Table table, int width) {
        StringBuilder out = new StringBuilder();
        out.append("Downloads by ")
                .append(table.by().label())
                .append(" on two hubs - window ")
                .append(table.from())
                .append(" to ")
                .append(table.to())
                .append('\n');
        out.append("  Hugging Face: ")
                .append(describe(table.huggingface()))
                .append("\n  ModelScope: ")
                .append(describe(table.modelscope()))
                .append('\n');
        TextTable text = new TextTable(
                ">#", heading(table.by()), ">Hugging Face", ">ModelScope", ">HF share", ">Both hubs", ">Undercount");
        int rank = 0;
        for (HubComparison.Row row : table.rows()) {
            rank++;
            text.row(
                    String.valueOf(rank),
                    name(table.by(), row),
                    Figures.count(row.huggingface()),
                    Figures.count(row.modelscope()),
                    Figures.percent(row.huggingfaceShare()),
                    Figures.percent(row.combinedShare()),
                    points(row.undercount()));
        }
        out.append(text.render("  ", width));
        out.append("  Total ")
                .append(Figures.count(table.huggingface().downloads()))
                .append(" on Hugging Face (")
                .append(Figures.counted(table.huggingface().models(), "model"))
                .append("), ")
                .append(Figures.count(table.modelscope().downloads()))
                .append(" on ModelScope (")
                .append(Figures.counted(table.modelscope().models(), "model"))
                .append(")\n");
        out.append("  UNKNOWN: namespaces the registry (or, for ModelScope, data/hub_namespaces.csv) does not list.\n");
        out.append("  HF share: of Hugging Face's downloads; both hubs: of the two hubs' downloads together;"
                + " undercount: how many points larger the second is than the first.\n");
        out.append("  ").append(CAVEAT).append('\n');
        return out.toString();
    }

    /** The command that prints a comparison again. */
    static String command(HubComparison.Table table) {
        return "modelcensus hubs --by " + table.by().label() + " --from " + table.from() + " --to " + table.to()
                + " --source " + table.huggingface().source() + " --modelscope-source "
                + table.modelscope().source();
    }

    /** A country by its code and name, the unknown group by its key (explained below the table), else the label. */
    private static String name(GroupBy by, HubComparison.Row row) {
        if (row.key().equals(ShareRow.UNKNOWN)) {
            return ShareRow.UNKNOWN;
        }
        return by == GroupBy.COUNTRY && !row.key().equals(row.label()) ? row.key() + " " + row.label() : row.label();
    }

    private static String heading(GroupBy by) {
        return switch (by) {
            case COUNTRY -> "Country";
            case ORGANIZATION -> "Organisation";
            case TYPE -> "Type";
        };
    }

    private static String describe(HubComparison.Side side) {
        String measured = side.measure() == HubComparison.HubMeasure.THIRTY_DAYS
                ? "30-day downloads at " + side.end().date()
                : "all-time downloads gained from " + side.start().orElseThrow().date() + " to "
                        + side.end().date();
        return "source " + side.source() + ", " + measured;
    }

    /** {@code +1.23 pts}: a difference of shares in percentage points, signed. */
    private static String points(double difference) {
        return String.format(Locale.ROOT, "%+.2f pts", 100 * difference);
    }

    private static void csv(HubComparison.Table table, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(
                    printer,
                    "from",
                    "to",
                    "key",
                    "label",
                    "huggingface",
                    "modelscope",
                    "combined",
                    "huggingfaceShare",
                    "combinedShare",
                    "undercount");
            for (HubComparison.Row row : table.rows()) {
                CsvOutput.record(
                        printer,
                        table.from(),
                        table.to(),
                        row.key(),
                        row.label(),
                        row.huggingface(),
                        row.modelscope(),
                        row.combined(),
                        row.huggingfaceShare(),
                        row.combinedShare(),
                        row.undercount());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON the CLI prints with --format json. */
    public ObjectNode toJson(HubComparison.Table table) {
        ObjectNode root = json.createObjectNode();
        root.put("by", table.by().label());
        ObjectNode window = root.putObject("window");
        window.put("from", table.from().toString());
        window.put("to", table.to().toString());
        ObjectNode measures = root.putObject("measures");
        ObjectNode sources = root.putObject("sources");
        ObjectNode totals = root.putObject("totals");
        for (HubComparison.Side side : new HubComparison.Side[] {table.huggingface(), table.modelscope()}) {
            measures.put(side.hub().label(), side.measure().label());
            ObjectNode source = sources.putObject(side.hub().label());
            source.put("source", side.source());
            source.put(
                    "startSnapshot",
                    side.start().map(start -> start.date().toString()).orElse(null));
            source.put("endSnapshot", side.end().date().toString());
            ObjectNode total = totals.putObject(side.hub().label());
            total.put("downloads", side.downloads());
            total.put("models", side.models());
        }
        ArrayNode rows = root.putArray("rows");
        for (HubComparison.Row row : table.rows()) {
            ObjectNode node = rows.addObject();
            node.put("key", row.key());
            node.put("label", row.label());
            ObjectNode downloads = node.putObject("downloads");
            downloads.put("huggingface", row.huggingface());
            downloads.put("modelscope", row.modelscope());
            downloads.put("combined", row.combined());
            ObjectNode share = node.putObject("share");
            share.put("huggingface", row.huggingfaceShare());
            share.put("combined", row.combinedShare());
            node.put("undercount", row.undercount());
        }
        root.put("caveat", CAVEAT);
        return root;
    }
}
