package org.modelcensus.cli;

import org.modelcensus.CensusException;
import org.modelcensus.report.OutputFormat;
import picocli.CommandLine.Option;

/** The {@code --format} of a command's output. */
final class OutputOption {
    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "Output: table (default), csv or json.")
    String format;

    OutputFormat format() {
        return OutputFormat.fromLabel(format)
                .orElseThrow(() -> CensusException.invalidArgument(
                        "format", "--format is \"" + format + "\"; expected one of " + OutputFormat.labels()));
    }
}
