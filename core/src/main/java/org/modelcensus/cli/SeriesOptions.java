package org.modelcensus.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.modelcensus.measure.ArgumentParser;
import org.modelcensus.measure.Every;
import org.modelcensus.measure.GroupBy;
import org.modelcensus.measure.SeriesRequest;
import picocli.CommandLine.Option;

/** Options that choose the points of a series and its grouping. */
final class SeriesOptions {
    @Option(
            names = "--by",
            required = true,
            paramLabel = "GROUP",
            description = "country (ISO 3166-1 alpha-2, INTL = International/Online), organization or type.")
    String by;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "No point before this day. Default: the source's first snapshot.")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "No point after this day. Default: the source's last snapshot.")
    LocalDate to;

    @Option(
            names = "--every",
            paramLabel = "STEP",
            defaultValue = "snapshot",
            description = "snapshot (default): a point at every snapshot of the source; day; week (every 7th day back"
                    + " from the last); month (month ends, and the last day).")
    String every;

    GroupBy by() {
        return ArgumentParser.forFlags().by(by);
    }

    Every every() {
        return ArgumentParser.forFlags().every(every);
    }

    SeriesRequest request(MeasureOptions measure, ViewOptions view, CountingOptions counting) {
        return new SeriesRequest(
                measure.measure(),
                by(),
                view.view(),
                view.unknownNamespaces(),
                measure.source(),
                Optional.ofNullable(from),
                Optional.ofNullable(to),
                every(),
                measure.windowDays(),
                measure.cohort(),
                counting.counting());
    }
}
