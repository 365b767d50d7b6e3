package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.modelcensus.CensusException;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.LeaderboardFormat;
import org.modelcensus.source.SnapshotFormat;
import org.modelcensus.store.BundledSample;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.ImportOptions;
import org.modelcensus.store.ImportResult;
import org.modelcensus.store.LeaderboardImporter;
import org.modelcensus.store.SnapshotImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        mixinStandardHelpOptions = true,
        name = "import",
        description = {
            "Import files into the store as dated snapshots.",
            "",
            "Each import is one transaction: any error leaves the store as it was. A model imported again into"
                    + " the same snapshot replaces its earlier row, so re-importing a file never double-counts.",
            "",
            "Formats:",
            "  hub-jsonl    one Hub API model object per line, as /api/models gives",
            "  llmfit       llmfit's hf_models_<time>.json scrapes (30-day downloads)",
            "  forecast-hf  ForecastHuggingFaceModels' daily cumulative CSVs: a snapshot a day",
            "  hub-stats    the daily hub-stats Parquet dump of Hub model metadata (read by DuckDB)",
            "  eoi          the study's dataset (Parquet): a snapshot per day of its time column",
            "  arena-history    LMArena Elo ratings by date (key,Model,rating,License,Organization,date)",
            "  lmarena-history  LMArena text-leaderboard scrapes (date,rank,model,score,ci95,votes,organization,license)",
            "",
            "Leaderboard files replace the standings of every date they hold; read them with `modelcensus arena`.",
            "",
            "Examples:",
            "  modelcensus import --format llmfit hf_models_2026-05-10T1400Z.json.gz",
            "  modelcensus import --format lmarena-history history.csv",
            "  modelcensus import --sample",
            ""
        })
final class ImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to import (gzip-compressed or not).")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "hub-jsonl, llmfit, forecast-hf, hub-stats, eoi, arena-history or lmarena-history.")
    String format;

    @Option(
            names = "--snapshot-date",
            paramLabel = "YYYY-MM-DD",
            description = "The snapshot's date. Default: the date in each file's name (hf_models_2026-05-10T1400Z.json,"
                    + " crawl_20250422.jsonl). For forecast-hf and eoi, whose rows carry dates, imports only that"
                    + " day.")
    LocalDate snapshotDate;

    @Option(
            names = "--source",
            paramLabel = "LABEL",
            description = "The snapshots' source label (lower case). Default: the format's name.")
    String source;

    @Option(
            names = "--replace",
            description = "Make the snapshots written hold exactly the imported rows (instead of adding to them).")
    boolean replace;

    @Option(names = "--sample", description = "Import the bundled sample of real Hub data (see data/SOURCES.md).")
    boolean sample;

    @Mixin
    CommonOptions common;

    ImportCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        if (sample && !files.isEmpty()) {
            throw CensusException.invalidArgument("files", "give FILE... with --format, or --sample, not both");
        }
        if (!sample && files.isEmpty()) {
            throw CensusException.invalidArgument(
                    "files", "no files to import; give FILE... --format FORMAT, or --sample");
        }
        if (!sample && format != null && LeaderboardFormat.fromLabel(format).isPresent()) {
            return importLeaderboards(LeaderboardFormat.fromLabel(format).get());
        }
        Optional<SnapshotFormat> snapshotFormat = Optional.empty();
        ImportOptions options = ImportOptions.defaults();
        if (!sample) {
            if (format == null) {
                throw CensusException.invalidArgument(
                        "format",
                        "--format is missing; expected one of " + SnapshotFormat.labels() + ", "
                                + LeaderboardFormat.labels());
            }
            snapshotFormat = Optional.of(snapshotFormat(format));
            try {
                options = new ImportOptions(Optional.ofNullable(snapshotDate), Optional.ofNullable(source), replace);
            } catch (IllegalArgumentException e) {
                throw CensusException.invalidArgument("source", "--source: " + e.getMessage());
            }
        }
        Path path = common.location(context).path();
        boolean existed = Files.exists(path);
        List<ImportResult> results;
        List<LeaderboardImporter.Result> leaderboards = List.of();
        try (CensusStore store = common.openForWriting(context)) {
            SnapshotImporter importer = new SnapshotImporter(store, context.json(), context.clock());
            if (snapshotFormat.isEmpty()) {
                results = BundledSample.importSnapshots(importer, progress());
                leaderboards = BundledSample.importLeaderboards(new LeaderboardImporter(store, context.clock()));
            } else {
                List<InputFile> inputs = files.stream().map(InputFile::of).toList();
                results = List.of(importer.importFiles(inputs, snapshotFormat.get(), options, progress()));
            }
        } catch (RuntimeException e) {
            if (!existed) {
                discard(path); // the store this import created holds nothing: leave no file behind
            }
            throw e;
        }
        if (context.interactive()) {
            context.err().print("\r\033[K");
        }
        for (ImportResult result : results) {
            print(result);
        }
        leaderboards.forEach(this::print);
        return 0;
    }

    private static SnapshotFormat snapshotFormat(String label) {
        try {
            return SnapshotFormat.fromLabel(label);
        } catch (CensusException e) {
            throw new CensusException(e.code(), e.getMessage() + ", " + LeaderboardFormat.labels());
        }
    }

    private Integer importLeaderboards(LeaderboardFormat leaderboard) {
        if (files.isEmpty()) {
            throw CensusException.invalidArgument("files", "no files to import; give FILE... --format " + leaderboard);
        }
        if (snapshotDate != null || source != null || replace) {
            throw CensusException.invalidArgument(
                    "format",
                    leaderboard + " files carry their dates and replace the dates they hold: leave out"
                            + " --snapshot-date, --source and --replace");
        }
        Path path = common.location(context).path();
        boolean existed = Files.exists(path);
        List<LeaderboardImporter.Result> results;
        try (CensusStore store = common.openForWriting(context)) {
            results = new LeaderboardImporter(store, context.clock())
                    .importFiles(files.stream().map(InputFile::of).toList(), leaderboard);
        } catch (RuntimeException e) {
            if (!existed) {
                discard(path);
            }
            throw e;
        }
        results.forEach(this::print);
        return 0;
    }

    private void print(LeaderboardImporter.Result result) {
        context.out()
                .printf(
                        "Imported %,d leaderboard rows of %s: %d dates from %s to %s",
                        result.entries(), result.file(), result.dates(), result.first(), result.last());
        if (result.repeated() > 0) {
            context.out()
                    .print("; " + rows(result.repeated())
                            + " repeated a model of the same date and the last one was kept");
        }
        context.out().println(".");
    }

    private static void discard(Path store) {
        for (Path file : List.of(store, Path.of(store + ".wal"))) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the import's own error is what the user needs to see; an empty file left behind is harmless
            }
        }
    }

    private LongConsumer progress() {
        if (!context.interactive()) {
            return rows -> {};
        }
        return rows -> context.err().printf("\r  read %,d rows", rows);
    }

    private void print(ImportResult result) {
        List<ImportResult.WrittenSnapshot> written = result.snapshots();
        ImportResult.WrittenSnapshot first = written.get(0);
        List<String> sources = written.stream()
                .map(ImportResult.WrittenSnapshot::source)
                .distinct()
                .toList();
        LocalDate from = written.stream()
                .map(ImportResult.WrittenSnapshot::date)
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate to = written.stream()
                .map(ImportResult.WrittenSnapshot::date)
                .max(LocalDate::compareTo)
                .orElseThrow();
        String snapshots = written.size() == 1
                ? "snapshot " + first.date() + " (" + first.source() + "), which now holds "
                        + String.format("%,d", first.models()) + " models"
                : written.size() + " snapshots of " + (sources.size() == 1 ? "source " : "sources ")
                        + String.join(" and ", sources) + " from " + from + " to " + to;
        context.out().printf("Imported %,d model rows into %s", result.rowsRead(), snapshots);
        if (result.duplicatesCollapsed() > 0) {
            context.out()
                    .print("; " + rows(result.duplicatesCollapsed())
                            + " repeated a model of the same snapshot and the last one was kept");
        }
        if (result.placeholderCreationDates() > 0) {
            context.out()
                    .print("; " + rows(result.placeholderCreationDates())
                            + " had the Hub's placeholder creation date 2022-03-02T23:29:04Z, stored as unknown");
        }
        context.out().println(".");
    }

    private static String rows(long count) {
        return String.format("%,d %s", count, count == 1 ? "row" : "rows");
    }
}
