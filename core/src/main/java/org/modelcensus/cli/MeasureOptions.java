package org.modelcensus.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.measure.Cohort;
import org.modelcensus.measure.Measure;
import org.modelcensus.measure.MeasureRequest;
import picocli.CommandLine.Option;

/** Options that choose a source, a measure and a cohort. */
final class MeasureOptions {
    @Option(
            names = "--source",
            paramLabel = "LABEL",
            description = "Only snapshots of this source (e.g. llmfit, forecast-hf, lineage-crawl).")
    String source;

    @Option(
            names = "--measure",
            paramLabel = "MEASURE",
            description = "downloads30d (downloads in the 30 days before the snapshot), alltime (all-time downloads),"
                    + " window (all-time count at the end minus at the start; on a source with only 30-day counts,"
                    + " the 30-day count at the end) or firstyear (the study's measure: downloads within 365 days of"
                    + " each model's creation, over the part of that first year inside the window). Default:"
                    + " downloads30d where the snapshot has it, else alltime.")
    String measure;

    @Option(
            names = "--window",
            paramLabel = "DAYS",
            description = "The window's length when --from is not given, e.g. 30d (default 30d; 365d for firstyear).")
    String window;

    @Option(
            names = "--created-from",
            paramLabel = "DATE",
            description = "Count only models created on or after this day.")
    LocalDate createdFrom;

    @Option(
            names = "--created-to",
            paramLabel = "DATE",
            description = "Count only models created on or before this day.")
    LocalDate createdTo;

    @Option(
            names = "--created-within",
            paramLabel = "DAYS",
            description = "Count only models created within this many days before the end of the window (or the"
                    + " snapshot), e.g. 365d. Models with unknown creation dates are left out of every cohort, and"
                    + " counted.")
    String createdWithin;

    Optional<String> source() {
        return Optional.ofNullable(source);
    }

    private static final ArgumentParser ARGUMENTS = ArgumentParser.forFlags();

    Optional<Measure> measure() {
        return Optional.ofNullable(measure).map(ARGUMENTS::measure);
    }

    Optional<Integer> windowDays() {
        return Optional.ofNullable(window).map(text -> ARGUMENTS.days("window", text));
    }

    Cohort cohort() {
        return ARGUMENTS.cohort(
                Optional.ofNullable(createdFrom), Optional.ofNullable(createdTo), Optional.ofNullable(createdWithin));
    }

    /** What the options ask to measure, at {@code to} or over the window ({@code from}, {@code to}]. */
    MeasureRequest request(Optional<LocalDate> from, Optional<LocalDate> to) {
        return new MeasureRequest(measure(), from, to, source(), windowDays(), cohort());
    }
}
