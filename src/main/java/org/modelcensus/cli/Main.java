package org.modelcensus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.modelcensus.CensusException;
import picocli.CommandLine;

/** The command line's composition root: wires the commands and maps errors to messages and exit codes. */
public final class Main {
    /** Exit code for bad input data (sysexits' EX_DATAERR). */
    public static final int EXIT_BAD_DATA = 65;

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(
                System.getenv(),
                Path.of(System.getenv().getOrDefault("HOME", System.getProperty("user.home"))),
                out,
                err,
                Clock.systemUTC(),
                new ObjectMapper(),
                System.console() != null);
        System.exit(run(context, args));
    }

    /** Runs one command line and returns its exit code. */
    public static int run(CliContext context, String... args) {
        return commandLine(context).execute(args);
    }

    /** The command line with every command, printing to the context and mapping errors to exit codes. */
    static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(new ModelCensusCommand())
                .addSubcommand(new CommandLine(new ImportCommand(context)))
                .addSubcommand(new CommandLine(new CrawlCommand(context)))
                .addSubcommand(new CommandLine(new SharesCommand(context)))
                .addSubcommand(new CommandLine(new StatusCommand(context)))
                .addSubcommand(new CommandLine(new ReportCommand(context)))
                .addSubcommand(new CommandLine(new SeriesCommand(context)))
                .addSubcommand(new CommandLine(new CrossoverCommand(context)))
                .addSubcommand(new CommandLine(new AdoptionCommand(context)))
                .addSubcommand(new CommandLine(new ServeCommand(context)))
                .addSubcommand(new CommandLine(new StudyCommand())
                        .addSubcommand(new CommandLine(new StudyEoiCommand(context))))
                .addSubcommand(new CommandLine(new LineageCommand(context)))
                .addSubcommand(new CommandLine(new FamiliesCommand(context)))
                .addSubcommand(new CommandLine(new IntermediariesCommand(context)))
                .addSubcommand(new CommandLine(new MigrateCommand(context)))
                .addSubcommand(new CommandLine(new SynthCommand(context)));
        commandLine.setOut(new java.io.PrintWriter(context.out(), true));
        commandLine.setErr(new java.io.PrintWriter(context.err(), true));
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            boolean verbose = failed.getParseResult().hasMatchedOption("--verbose");
            if (verbose) {
                exception.printStackTrace(context.err());
            }
            if (exception instanceof CensusException census) {
                context.err().println(failed.getCommandSpec().qualifiedName() + ": " + census.getMessage());
                return switch (census.code().category()) {
                    case USAGE -> {
                        context.err().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
                        yield CommandLine.ExitCode.USAGE;
                    }
                    case DATA -> EXIT_BAD_DATA;
                    case INTERNAL -> CommandLine.ExitCode.SOFTWARE;
                };
            }
            context.err()
                    .println(failed.getCommandSpec().qualifiedName() + ": internal error: " + exception
                            + (verbose ? "" : " (run with --verbose for details)"));
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine;
    }
}
