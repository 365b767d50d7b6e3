package org.modelcensus.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.Sensitivity;
import org.modelcensus.measure.ShareRow;
import org.modelcensus.measure.ShareTable;

/** Prints the sensitivity of a share table as a terminal table, CSV or JSON. */
public final class SensitivityWriter {
    /** The groups whose range the terminal table shows; CSV and JSON list all. */
    static final int RANGES_SHOWN = 10;

    private final ObjectMapper json;
    private final int width;

    public SensitivityWriter(ObjectMapper json, int width) {
        this.json = requireNonNull(json, "json is null");
        this.width = width;
    }

    public void write(Sensitivity sensitivity, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(Layout.fit(text(sensitivity, width), width));
            case CSV -> csv(sensitivity, out);
            case JSON -> out.println(JsonOutput.write(json, toJson(sensitivity)));
        }
    }

    /** The {@code shares} flags that reproduce a table, {@code --by} first. */
    static String flags(ShareTable table) {
        return "--by " + table.by().label() + " "
                + Reproduce.flags(table.selection(), table.view(), table.unknownNamespaces());
    }

    /** What a variant's flags add to the baseline's, and what they drop: {@code --exclude repackaged}. */
    static String difference(ShareTable baseline, ShareTable variant) {
        List<String> before = groups(flags(baseline));
        List<String> after = groups(flags(variant));
        List<String> added =
                after.stream().filter(group -> !before.contains(group)).toList();
        List<String> dropped =
                before.stream().filter(group -> !after.contains(group)).toList();
        String text = String.join(" ", added);
        if (!dropped.isEmpty()) {
            text += (text.isEmpty() ? "" : " ") + "(without " + String.join(" ", dropped) + ")";
        }
        return text;
    }

    /** Flags as {@code --name value} groups. */
    private static List<String> groups(String flags) {
        List<String> groups = new ArrayList<>();
        for (String token : flags.trim().split(" ")) {
            if (token.startsWith("--") || groups.isEmpty()) {
                groups.add(token);
            } else {
                groups.set(groups.size() - 1, groups.get(groups.size() - 1) + " " + token);
            }
        }
        return groups;
    }

    /** The groups the report's robustness section shows. */
    static final int LEADING = 5;

    /**
     * The report's "How robust is this?" section: the gap sentence, then the range of the leading groups' shares with
     * what moves each most, and the command that prints every variant.
     */
    static String section(Sensitivity sensitivity, int width) {
        StringBuilder out = new StringBuilder("How robust is this? (the country shares under each counting choice)\n");
        sensitivity
                .gap()
                .ifPresent(gap -> out.append("  ")
                        .append(gapSentence(gap, sensitivity.variants().size()))
                        .append('\n'));
        TextTable ranges = new TextTable("Country", ">Share", ">Range", "Moved most by");
        sensitivity.ranges().stream()
                .filter(range -> !range.key().equals(ShareRow.UNKNOWN))
                .limit(LEADING)
                .forEach(range -> ranges.row(
                        range.key() + " " + range.label(),
                        Figures.percent(range.baseline()),
                        Figures.percent(range.min()) + " - " + Figures.percent(range.max()),
                        range.mostSensitiveTo().orElse("(nothing)")));
        out.append(ranges.render("  ", width));
        if (!sensitivity.notApplicable().isEmpty()) {
            out.append("  Not applicable to these data: ")
                    .append(String.join(
                            ", ",
                            sensitivity.notApplicable().stream()
                                    .map(Sensitivity.Skipped::name)
                                    .toList()))
                    .append('\n');
        }
        out.append("  Every variant: modelcensus sensitivity ")
                .append(flags(sensitivity.baseline()))
                .append('\n');
        return out.toString();
    }

    static String text(Sensitivity sensitivity, int width) {
        ShareTable baseline = sensitivity.baseline();
        StringBuilder out = new StringBuilder();
        out.append("Sensitivity: ").append(ShareTableWriter.heading(baseline)).append('\n');
        Optional<Sensitivity.Gap> gap = sensitivity.gap();
        gap.ifPresent(found -> out.append("  ")
                .append(gapSentence(found, sensitivity.variants().size()))
                .append('\n'));
        out.append('\n');
        String a = gap.map(Sensitivity.Gap::a).orElse(null);
        String b = gap.map(Sensitivity.Gap::b).orElse(null);
        List<String> headers = new ArrayList<>(List.of("Variant"));
        if (gap.isPresent()) {
            headers.addAll(List.of(">" + a, ">" + b, ">Gap (points)"));
        }
        headers.addAll(List.of(">Models out", ">Downloads out"));
        TextTable table = new TextTable(headers.toArray(String[]::new));
        table.row(row("baseline", baseline, gap, "-", "-"));
        for (Sensitivity.Variant variant : sensitivity.variants()) {
            table.row(row(
                    variant.name(),
                    variant.table(),
                    gap,
                    Figures.count(variant.changedModels()),
                    Figures.count(variant.changedDownloads())));
            table.detail(difference(baseline, variant.table())
                    + (ShareTableWriter.followsNoLineage(variant.table())
                            ? " (no model of the snapshot declares a base model: as the uploader view)"
                            : ""));
        }
        out.append(table.render("  ", width));
        if (!sensitivity.notApplicable().isEmpty()) {
            out.append("  Not applicable to these data:\n");
            for (Sensitivity.Skipped skipped : sensitivity.notApplicable()) {
                out.append("    ")
                        .append(skipped.name())
                        .append(": ")
                        .append(skipped.reason())
                        .append('\n');
            }
        }
        out.append('\n');
        int shown = Math.min(RANGES_SHOWN, sensitivity.ranges().size());
        out.append("Range of each group's share over the baseline and the variants (")
                .append(
                        shown < sensitivity.ranges().size()
                                ? "the " + shown + " largest; --format json lists all"
                                : "all groups")
                .append(")\n");
        boolean countries = baseline.by() == GroupBy.COUNTRY;
        TextTable ranges = new TextTable("Group", ">Baseline", ">Min", ">Max", "Most sensitive to");
        for (Sensitivity.Range range : sensitivity.ranges().subList(0, shown)) {
            ranges.row(
                    countries && !range.key().equals(ShareRow.UNKNOWN)
                            ? range.key() + " " + range.label()
                            : range.label(),
                    Figures.percent(range.baseline()),
                    Figures.percent(range.min()),
                    Figures.percent(range.max()),
                    range.mostSensitiveTo().orElse("(no variant moves it)"));
        }
        out.append(ranges.render("  ", width));
        out.append("  Reproduce: modelcensus shares ").append(flags(baseline)).append('\n');
        out.append("  Each variant is that command with the flags printed under it.\n");
        return out.toString();
    }

    private static String[] row(
            String name, ShareTable table, Optional<Sensitivity.Gap> gap, String models, String downloads) {
        List<String> cells = new ArrayList<>(List.of(name));
        gap.ifPresent(found -> {
            double a = share(table, found.a());
            double b = share(table, found.b());
            cells.addAll(List.of(Figures.percent(a), Figures.percent(b), points(a - b)));
        });
        cells.addAll(Arrays.asList(models, downloads));
        return cells.toArray(String[]::new);
    }

    private static double share(ShareTable table, String key) {
        return table.rows().stream()
                .filter(row -> row.key().equals(key))
                .mapToDouble(ShareRow::share)
                .findFirst()
                .orElse(0);
    }

    /** A difference of shares in percentage points with its sign: {@code +36.60}. */
    static String points(double difference) {
        return (difference >= 0 ? "+" : "-") + Figures.decimal(Math.abs(difference) * 100, 2);
    }

    static String gapSentence(Sensitivity.Gap gap, int variants) {
        String sentence = "Gap " + gap.a() + " - " + gap.b() + ": " + points(gap.baseline()) + " points; over "
                + variants + " variants it runs from " + points(gap.min()) + " to " + points(gap.max());
        sentence += gap.mostSensitiveTo()
                .map(name -> ", moved most by \"" + name + "\"")
                .orElse("");
        if (gap.signChanges().isEmpty()) {
            return sentence + "; its sign never changes: "
                    + (gap.baseline() >= 0 ? gap.a() + " leads " + gap.b() : gap.b() + " leads " + gap.a())
                    + " under every choice.";
        }
        return sentence + "; its sign changes under " + String.join(", ", gap.signChanges()) + ".";
    }

    private static void csv(Sensitivity sensitivity, PrintStream out) {
        try {
            CSVPrinter printer = CsvOutput.printer(out);
            CsvOutput.record(printer, "variant", "choice", "flags", "key", "label", "downloads", "share", "models");
            records(printer, "baseline", "baseline", sensitivity.baseline());
            for (Sensitivity.Variant variant : sensitivity.variants()) {
                records(printer, variant.name(), variant.choice(), variant.table());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void records(CSVPrinter printer, String name, String choice, ShareTable table) throws IOException {
        for (ShareRow row : table.rows()) {
            CsvOutput.record(
                    printer,
                    name,
                    choice,
                    flags(table),
                    row.key(),
                    row.label(),
                    JsonOutput.number(row.downloads()),
                    row.share(),
                    row.models());
        }
    }

    /** The JSON the CLI prints with --format json, and the server answers. */
    public ObjectNode toJson(Sensitivity sensitivity) {
        ShareTableWriter shares = new ShareTableWriter(json);
        ObjectNode root = json.createObjectNode();
        ShareTable baseline = sensitivity.baseline();
        ObjectNode base = shares.toJson(baseline);
        base.put("flags", flags(baseline));
        root.set("baseline", base);
        ArrayNode variants = root.putArray("variants");
        for (Sensitivity.Variant variant : sensitivity.variants()) {
            ObjectNode node = variants.addObject();
            node.put("name", variant.name());
            node.put("choice", variant.choice());
            node.put("flags", flags(variant.table()));
            node.put("adds", difference(baseline, variant.table()));
            ObjectNode changed = node.putObject("changed");
            changed.put("models", variant.changedModels());
            JsonOutput.putNumber(changed, "downloads", variant.changedDownloads());
            JsonOutput.putNumber(node, "totalDownloads", variant.table().totalDownloads());
            node.put("models", variant.table().models());
            node.set("rows", shares.toJson(variant.table()).get("rows"));
        }
        ArrayNode skipped = root.putArray("notApplicable");
        for (Sensitivity.Skipped item : sensitivity.notApplicable()) {
            ObjectNode node = skipped.addObject();
            node.put("name", item.name());
            node.put("choice", item.choice());
            node.put("reason", item.reason());
        }
        ArrayNode ranges = root.putArray("range");
        for (Sensitivity.Range range : sensitivity.ranges()) {
            ObjectNode node = ranges.addObject();
            node.put("key", range.key());
            node.put("label", range.label());
            node.put("baseline", range.baseline());
            node.put("min", range.min());
            node.put("max", range.max());
            range.mostSensitiveTo()
                    .ifPresentOrElse(name -> node.put("mostSensitiveTo", name), () -> node.putNull("mostSensitiveTo"));
        }
        sensitivity
                .gap()
                .ifPresentOrElse(
                        gap -> {
                            ObjectNode node = root.putObject("gap");
                            node.put("a", gap.a());
                            node.put("b", gap.b());
                            node.put("baseline", gap.baseline());
                            node.put("min", gap.min());
                            node.put("max", gap.max());
                            gap.mostSensitiveTo()
                                    .ifPresentOrElse(
                                            name -> node.put("mostSensitiveTo", name),
                                            () -> node.putNull("mostSensitiveTo"));
                            ArrayNode changes = node.putArray("signChanges");
                            gap.signChanges().forEach(changes::add);
                        },
                        () -> root.putNull("gap"));
        return root;
    }
}
