package org.modelcensus.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.modelcensus.measure.MeasureRequest;
import picocli.CommandLine.Option;

/** The date of a measure, or the window it covers. */
final class WindowOptions {
    @Option(
            names = {"--at", "--to"},
            paramLabel = "DATE",
            description = "The snapshot date, or the last day of a window (YYYY-MM-DD); the latest snapshot on or"
                    + " before it is used. Default: the latest.")
    LocalDate to;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "The day before a window starts, for --measure window or firstyear: the window is (from,"
                    + " to]. Default: --window days before the end.")
    LocalDate from;

    Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    /** What the measure options ask for over these dates. */
    MeasureRequest request(MeasureOptions measure) {
        return measure.request(from(), to());
    }
}
