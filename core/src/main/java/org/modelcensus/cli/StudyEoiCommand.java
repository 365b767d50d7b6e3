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
import org.modelcensus.measure.StudyAttribution;
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
                    + " created, time, downloadsAllTime and one or more attribution columns) where it lies, and prints"
                    + " the country shares of first-year downloads in the uploader view and the derived view beside"
                    + " the figures the study published (China 17.1 %%, USA 15.8 %%, International/Online 23.8 %%),"
                    + " then, for every attribution column the file has, its share of each published group and the"
                    + " column that comes closest to each figure.",
            "Attribution columns, in each variant the study published: org_country and derived_org_country;"
                    + " org_country_single and derived_org_country_single (one country where a developer has several);"
                    + " merged_country_groups_single and merged_derived_country_groups_single (the study's groups)."
                    + " By default the first of each view the file has, in that order. A derivative's view falls back"
                    + " to the uploader column of its variant for a model that derives from none. Values are grouped"
                    + " into the published groups as data/study/eoi_country_groups.csv documents (International and"
                    + " Online as International/Online).",
            "First-year downloads: each model's downloads within 365 days of its creation, counted over the part of"
                    + " that year inside the window (from, to] from its all-time counts at the file's times.",
            "",
            "Examples:",
            "  modelcensus study eoi --input one_year_rolling.parquet",
            "  modelcensus study eoi --input one_year_rolling.parquet --attribution merged_derived_country_groups_single",
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

    @Option(
            names = "--attribution",
            paramLabel = "COLUMN",
            description =
                    "Attribute by this one column of the file (named in the output), instead of the uploader"
                            + " and derived views: one of org_country, derived_org_country, org_country_single,"
                            + " derived_org_country_single, merged_country_groups_single, merged_derived_country_groups_single.")
    String attribution;

    @Mixin
    OutputOption output;

    StudyEoiCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        var format = output.format();
        Optional<StudyAttribution> chosen = Optional.ofNullable(attribution)
                .map(column -> StudyAttribution.of(column)
                        .orElseThrow(() -> CensusException.invalidArgument(
                                "attribution",
                                "--attribution " + column + " is not a column of the study's file; expected one of "
                                        + StudyAttribution.columns())));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            var table = new StudyRecomputation(connection)
                    .recompute(input, Optional.ofNullable(from), Optional.ofNullable(to), chosen);
            new StudyWriter(context.json(), context.width()).write(table, format, context.out());
        } catch (SQLException e) {
            throw new CensusException(
                    ErrorCode.STORE_FAILURE, "cannot start an in-memory DuckDB: " + e.getMessage(), e);
        }
        return 0;
    }
}
