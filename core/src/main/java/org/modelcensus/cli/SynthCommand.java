package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.modelcensus.CensusException;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.attribution.RegistryEntry;
import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.synthetic.SyntheticHub;
import org.modelcensus.synthetic.SyntheticHubWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        mixinStandardHelpOptions = true,
        name = "synth",
        description = {
            "Write a realistic synthetic Hub: snapshots of N models, for benchmarks and scale tests.",
            "",
            "Calibrated on the bundled real data (BENCHMARKS.md lists every parameter and where it comes from):"
                    + " namespaces of Zipf sizes, the registry's organisations among the largest, heavy-tailed"
                    + " downloads, 39 %% of models declaring base models (fine-tunes, adapters, quantisations, merges"
                    + " and their derivatives in turn), a few dangling parents and cycles, and the Hub's placeholder"
                    + " creation date. With several snapshots, models appear week by week and all-time counts grow"
                    + " consistently. The same flags write the same bytes.",
            "",
            "Examples:",
            "  modelcensus synth --models 1000000 --out hub-1m",
            "  modelcensus synth --models 100000 --snapshots 52 --out weekly",
            "  modelcensus synth --models 3000000 --format hub-stats --out hub-3m",
            "  modelcensus import hub-1m/*.jsonl.gz --format hub-jsonl --store big.duckdb",
            ""
        })
final class SynthCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--models", required = true, paramLabel = "N", description = "Models on the last day.")
    long models;

    @Option(
            names = "--snapshots",
            paramLabel = "K",
            defaultValue = "1",
            description = "Snapshots to write, the last on --last-day. Default: ${DEFAULT-VALUE}.")
    int snapshots;

    @Option(
            names = "--every",
            paramLabel = "DAYS",
            defaultValue = "7d",
            description = "Days between snapshots (7d or 7). Default: ${DEFAULT-VALUE}.")
    String every;

    @Option(
            names = "--last-day",
            paramLabel = "YYYY-MM-DD",
            defaultValue = "2025-12-01",
            description = "The day of the last snapshot. Default: ${DEFAULT-VALUE}.")
    LocalDate lastDay;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "The random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "hub-jsonl",
            description = "hub-jsonl (gzip JSON Lines) or hub-stats (Parquet). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the files into.")
    Path out;

    SynthCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        if (models < 1 || models > 100_000_000) {
            throw CensusException.invalidArgument("models", "--models is " + models + "; expected 1 to 100,000,000");
        }
        if (snapshots < 1 || snapshots > 1_000) {
            throw CensusException.invalidArgument("snapshots", "--snapshots is " + snapshots + "; expected 1 to 1,000");
        }
        int everyDays = ArgumentParser.forFlags().days("every", every);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw CensusException.invalidArgument("out", "--out " + out + " is a file; expected a directory");
        }
        SyntheticHubWriter.Format chosen = switch (format) {
            case "hub-jsonl" -> SyntheticHubWriter.Format.HUB_JSONL;
            case "hub-stats" -> SyntheticHubWriter.Format.HUB_STATS;
            default ->
                throw CensusException.invalidArgument(
                        "format", "--format is \"" + format + "\"; expected hub-jsonl or hub-stats");
        };
        List<String> registered = new ArrayList<>(OrganizationRegistry.bundled().entries().stream()
                .map(RegistryEntry::namespace)
                .sorted()
                .toList());
        Collections.shuffle(registered, new Random(seed)); // which organisations get the largest ranks
        List<LocalDate> days = new ArrayList<>();
        for (int index = snapshots - 1; index >= 0; index--) {
            days.add(lastDay.minusDays((long) index * everyDays));
        }
        SyntheticHub hub = new SyntheticHub(models, seed, lastDay, registered);
        new SyntheticHubWriter(hub)
                .write(
                        days,
                        chosen,
                        out,
                        written -> context.err()
                                .printf("modelcensus: wrote %s (%,d models)%n", written.file(), written.models()));
        return 0;
    }
}
