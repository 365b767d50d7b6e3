package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.measure.StudyRecomputation;
import org.modelcensus.report.StudyWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "eoi",
        mixinStandardHelpOptions = true,
        description = {
            "Recompute the headline table of \"Economies of Open Intelligence\" (Longpre et al., arXiv:2512.03073).",
            "",
            "Reads a file of the study's public dataset (mmpr/open_model_evolution_data on the Hub:"
                    + " all_downloads_with_annotations.parquet or one_year_rolling.parquet, with the columns id,"
                    + " author, org_country, derived_org_country, created, time, downloadsAllTime) where it lies,"
                    + " and prints the country shares of first-year downloads in the uploader view (org_country) and"
                    + " the derived view (derived_org_country) beside the figures the study published (China 17.1 %%,"
                    + " USA 15.8 %%, International/Online 23.8 %%).",
            "First-year downloads: each model's downloads within 365 days of its creation, counted over the part of"
                    + " that year inside the window (from, to] from its all-time counts at the file's times.",
            ""
        })
final class StudyEoiCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The study's Parquet file.")
    Path input;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "The day before the window starts. Default: 365 days before --to.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "The window's last day. Default: the file's last time.")
    LocalDate to;

    @Mixin
    OutputOption output;

    StudyEoiCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        var format = output.format();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            var table = new StudyRecomputation(connection)
                    .recompute(input, Optional.ofNullable(from), Optional.ofNullable(to));
            new StudyWriter(context.json(), context.width()).write(table, format, context.out());
        } catch (SQLException e) {
            throw new CensusException(
                    ErrorCode.STORE_FAILURE, "cannot start an in-memory DuckDB: " + e.getMessage(), e);
        }
        return 0;
    }
}
