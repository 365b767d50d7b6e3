package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.measure.Census;
import org.modelcensus.report.CensusReport;
import org.modelcensus.report.HtmlReportWriter;
import org.modelcensus.report.JsonOutput;
import org.modelcensus.report.OutputFormat;
import org.modelcensus.report.PngChartWriter;
import org.modelcensus.report.ReportJsonWriter;
import org.modelcensus.report.ReportRequest;
import org.modelcensus.report.ReportService;
import org.modelcensus.report.TerminalReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "The census report of one snapshot (default: the latest).",
            "",
            "Who the downloads go to by country, top organisations and developer type, with concentration,"
                    + " coverage, the data it was computed from and the command that reproduces each table; then"
                    + " lineage for the latest snapshot with declared base models (of --source, when given): uploader"
                    + " against origin"
                    + " country shares, the largest families, data quality, and the registry's intermediary check.",
            ""
        })
final class ReportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    WindowOptions window;

    @Mixin
    MeasureOptions measureOptions;

    @Mixin
    ViewOptions viewOptions;

    @Option(
            names = "--html",
            paramLabel = "FILE",
            description = "Write the report as one self-contained HTML file (charts and data inlined; opens offline)"
                    + " instead of printing it.")
    Path html;

    @Option(
            names = "--png",
            paramLabel = "DIR",
            description = "Write each chart as a PNG file into this directory (drawn without a browser), instead of"
                    + " printing the report; with --html, as well as the HTML file.")
    Path png;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table (default: the readable report) or json (the whole report as one JSON document,"
                    + " as the server's /api/report answers it).")
    String format;

    @Mixin
    CommonOptions common;

    @Mixin
    HubOption hubOption;

    ReportCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() throws IOException {
        OutputFormat format = format();
        if (format == OutputFormat.JSON && (html != null || png != null)) {
            throw CensusException.invalidArgument(
                    "format", "--format json prints the report; it does not combine with --html or --png");
        }
        ReportRequest request =
                new ReportRequest(window.request(measureOptions), viewOptions.view(), viewOptions.unknownNamespaces());
        try (Census census = hubOption.open(common, context)) {
            CensusReport report = new ReportService().report(census, request);
            if (format == OutputFormat.JSON) {
                context.out()
                        .println(JsonOutput.write(context.json(), new ReportJsonWriter(context.json()).toJson(report)));
                return 0;
            }
            if (html == null && png == null) {
                new TerminalReportWriter(context.width()).write(report, context.out());
                return 0;
            }
            if (html != null) {
                String command = "modelcensus report --html " + html.getFileName() + " " + report.reportFlags();
                writeAtomically(html, new HtmlReportWriter(context.json()).html(report, command));
                context.out().printf("Wrote %s (%,d KB)%n", html, Files.size(html) / 1024);
            }
            if (png != null) {
                for (Path file : new PngChartWriter().write(report, png)) {
                    context.out().println("Wrote " + file);
                }
            }
        }
        return 0;
    }

    private OutputFormat format() {
        return OutputFormat.fromLabel(format)
                .filter(chosen -> chosen != OutputFormat.CSV)
                .orElseThrow(() -> CensusException.invalidArgument(
                        "format", "--format is \"" + format + "\"; the report is printed as table or json"));
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * Writes the file whole or not at all: into a temporary file beside it (created as any new file is, so the umask
     * decides its permissions, normally 0644), then renamed over it; a failed write leaves no temporary file behind.
     */
    static void writeAtomically(Path file, String text) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new CensusException(
                    ErrorCode.UNREADABLE_FILE, "cannot write " + file + ": it is a directory; give a file name");
        }
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(absolute.getParent());
            try (Writer writer = Files.newBufferedWriter(
                    temporary, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writer.write(text);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new CensusException(ErrorCode.UNREADABLE_FILE, "cannot write " + file + ": " + reason(e), e);
        }
    }
}
