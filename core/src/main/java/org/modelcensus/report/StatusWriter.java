package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.store.InterruptedCrawl;
import org.modelcensus.store.SnapshotSummary;

/** Prints the snapshots of a store with their totals. */
public final class StatusWriter {
    /** In a table, a source with many snapshots shows this many at each end. */
    private static final int SHOWN_AT_EACH_END = 3;

    private final ObjectMapper json;
    private final int width;

    public StatusWriter(ObjectMapper json) {
        this(json, Layout.DEFAULT_WIDTH);
    }

    /** A writer whose tables and text fit {@code width} columns. */
    public StatusWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    /** Prints the snapshots, and in table and JSON formats the crawls that stopped before their end. */
    public void write(
            String store,
            List<SnapshotSummary> snapshots,
            List<InterruptedCrawl> crawls,
            OutputFormat format,
            PrintStream out) {
        switch (format) {
            case TABLE -> {
                table(store, snapshots, out);
                crawls(crawls, out);
            }
            case CSV -> csv(snapshots, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(snapshots, crawls)));
        }
    }

    private void crawls(List<InterruptedCrawl> crawls, PrintStream out) {
        for (InterruptedCrawl crawl : crawls) {
            out.println(Layout.fit(
                    "Interrupted crawl (source " + crawl.source() + ", snapshot " + crawl.snapshotDate()
                            + ", started " + crawl.startedAt().toLocalDate() + "): "
                            + Figures.counted(crawl.pages(), "page") + " and "
                            + Figures.counted(crawl.models(), "model") + " so far, from " + crawl.listing(),
                    width));
            out.println("  Run the same `modelcensus crawl` command to resume it, or add --restart to discard it.");
        }
    }

    private void table(String store, List<SnapshotSummary> snapshots, PrintStream out) {
        out.println("Store " + store + ": " + Figures.counted(snapshots.size(), "snapshot"));
        if (snapshots.isEmpty()) {
            return;
        }
        TextTable table =
                new TextTable("Date", "Source", "Hub", ">Models", ">Downloads (30 days)", ">Downloads (all time)");
        Map<String, List<SnapshotSummary>> bySource = new TreeMap<>();
        for (SnapshotSummary snapshot : snapshots) {
            bySource.computeIfAbsent(snapshot.source(), source -> new ArrayList<>())
                    .add(snapshot);
        }
        for (List<SnapshotSummary> run : bySource.values()) {
            for (int index = 0; index < run.size(); index++) {
                if (run.size() > 2 * SHOWN_AT_EACH_END + 1 && index == SHOWN_AT_EACH_END) {
                    int hidden = run.size() - 2 * SHOWN_AT_EACH_END;
                    table.row("...", "(" + hidden + " more of " + run.get(index).source() + ")", "", "", "", "");
                    index = run.size() - SHOWN_AT_EACH_END - 1;
                    continue;
                }
                SnapshotSummary snapshot = run.get(index);
                table.row(
                        snapshot.date().toString(),
                        snapshot.source(),
                        snapshot.hub().label(),
                        Figures.count(snapshot.models()),
                        total(snapshot.downloadsLast30Days()),
                        total(snapshot.downloadsAllTime()));
            }
        }
        out.print(table.render("  ", width));
        if (snapshots.size() > bySource.size() * (2 * SHOWN_AT_EACH_END + 1)) {
            out.println("  (--format csv or json lists every snapshot)");
        }
    }

    private static String total(OptionalLong value) {
        return value.isPresent() ? Figures.count(value.getAsLong()) : "-";
    }

    private static void csv(List<SnapshotSummary> snapshots, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(
                    printer,
                    "date",
                    "source",
                    "format",
                    "models",
                    "downloads30d",
                    "downloadsAllTime",
                    "modelsDeclaringBaseModels",
                    "hub");
            for (SnapshotSummary snapshot : snapshots) {
                CsvOutput.record(
                        printer,
                        snapshot.date(),
                        snapshot.source(),
                        snapshot.format(),
                        snapshot.models(),
                        snapshot.downloadsLast30Days().isPresent()
                                ? snapshot.downloadsLast30Days().getAsLong()
                                : "",
                        snapshot.downloadsAllTime().isPresent()
                                ? snapshot.downloadsAllTime().getAsLong()
                                : "",
                        snapshot.modelsDeclaringBaseModels(),
                        snapshot.hub().label());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON the CLI prints with --format json, and the server answers. */
    public ObjectNode toJson(List<SnapshotSummary> snapshots, List<InterruptedCrawl> crawls) {
        ObjectNode root = json.createObjectNode();
        ArrayNode interrupted = root.putArray("interruptedCrawls");
        for (InterruptedCrawl crawl : crawls) {
            interrupted
                    .addObject()
                    .put("listing", crawl.listing())
                    .put("source", crawl.source())
                    .put("snapshot", crawl.snapshotDate().toString())
                    .put("startedAt", crawl.startedAt().toString())
                    .put("pages", crawl.pages())
                    .put("models", crawl.models());
        }
        ArrayNode array = root.putArray("snapshots");
        for (SnapshotSummary snapshot : snapshots) {
            ObjectNode node = array.addObject();
            node.put("date", snapshot.date().toString());
            node.put("source", snapshot.source());
            node.put("hub", snapshot.hub().label());
            node.put("format", snapshot.format());
            node.put("models", snapshot.models());
            putTotal(node, "downloads30d", snapshot.downloadsLast30Days());
            putTotal(node, "downloadsAllTime", snapshot.downloadsAllTime());
            node.put("modelsDeclaringBaseModels", snapshot.modelsDeclaringBaseModels());
        }
        return root;
    }

    private static void putTotal(ObjectNode node, String field, OptionalLong value) {
        if (value.isPresent()) {
            node.put(field, value.getAsLong());
        } else {
            node.putNull(field);
        }
    }
}
