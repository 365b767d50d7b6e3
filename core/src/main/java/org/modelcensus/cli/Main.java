package org.modelcensus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.function.Supplier;
import org.modelcensus.CensusException;
import picocli.CommandLine;

/** The command line's composition root: wires the commands and maps errors to messages and exit codes. */
public final class Main {
    /** Exit code for bad input data (sysexits' EX_DATAERR). */
    public static final int EXIT_BAD_DATA = 65;

    /** Exit code for a temporary failure, such as a store another process holds (EX_TEMPFAIL). */
    public static final int EXIT_TEMPORARY = 75;

    /** Exit code for a permission the user lacks (EX_NOPERM). */
    public static final int EXIT_NO_PERMISSION = 77;

    /** Dates as flags take them: ISO days that exist (no 2026-02-30). */
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

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
        return commandLine(context, args.length == 0 ? "" : args[0]).execute(args);
    }

    /** A date flag's value, strictly YYYY-MM-DD and a day that exists. */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "\"" + text + "\" is not a date; expected YYYY-MM-DD such as 2025-04-22");
        }
    }

    /** A number flag's value: ASCII digits only, with an optional minus sign. */
    private static long whole(String text) {
        if (text.matches("-?[0-9]{1,18}")) {
            return Long.parseLong(text);
        }
        throw new CommandLine.TypeConversionException("\"" + text + "\" is not a whole number such as 10");
    }

    private static int smallWhole(String text) {
        long value = whole(text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new CommandLine.TypeConversionException("\"" + text + "\" is too large; expected at most 2147483647");
        }
        return (int) value;
    }

    /** A command of the command line, built only when it runs or the whole command line is shown. */
    private record Subcommand(Class<?> type, Supplier<CommandLine> build) {
        String name() {
            return type.getAnnotation(CommandLine.Command.class).name();
        }
    }

    private static List<Subcommand> subcommands(CliContext context) {
        return List.of(
                new Subcommand(ImportCommand.class, () -> new CommandLine(new ImportCommand(context))),
                new Subcommand(CrawlCommand.class, () -> new CommandLine(new CrawlCommand(context))),
                new Subcommand(SharesCommand.class, () -> new CommandLine(new SharesCommand(context))),
                new Subcommand(StatusCommand.class, () -> new CommandLine(new StatusCommand(context))),
                new Subcommand(ReportCommand.class, () -> new CommandLine(new ReportCommand(context))),
                new Subcommand(SeriesCommand.class, () -> new CommandLine(new SeriesCommand(context))),
                new Subcommand(SensitivityCommand.class, () -> new CommandLine(new SensitivityCommand(context))),
                new Subcommand(TopCommand.class, () -> new CommandLine(new TopCommand(context))),
                new Subcommand(ScanCommand.class, () -> new CommandLine(new ScanCommand(context))),
                new Subcommand(HubsCommand.class, () -> new CommandLine(new HubsCommand(context))),
                new Subcommand(CrossoverCommand.class, () -> new CommandLine(new CrossoverCommand(context))),
                new Subcommand(AdoptionCommand.class, () -> new CommandLine(new AdoptionCommand(context))),
                new Subcommand(
                        ArenaCommand.class,
                        () -> new CommandLine(new ArenaCommand(context))
                                .addSubcommand(new CommandLine(new ArenaCommand.Crossover(context)))
                                .addSubcommand(new CommandLine(new ArenaCommand.Mapping(context)))
                                .addSubcommand(new CommandLine(new ArenaCommand.Adoption(context)))),
                new Subcommand(ServeCommand.class, () -> new CommandLine(new ServeCommand(context))),
                new Subcommand(
                        StudyCommand.class,
                        () -> new CommandLine(new StudyCommand())
                                .addSubcommand(new CommandLine(new StudyEoiCommand(context)))),
                new Subcommand(LineageCommand.class, () -> new CommandLine(new LineageCommand(context))),
                new Subcommand(FamiliesCommand.class, () -> new CommandLine(new FamiliesCommand(context))),
                new Subcommand(IntermediariesCommand.class, () -> new CommandLine(new IntermediariesCommand(context))),
                new Subcommand(ExportCommand.class, () -> new CommandLine(new ExportCommand(context))),
                new Subcommand(MigrateCommand.class, () -> new CommandLine(new MigrateCommand(context))),
                new Subcommand(SynthCommand.class, () -> new CommandLine(new SynthCommand(context))));
    }

    /** The command line with every command, printing to the context and mapping errors to exit codes. */
    static CommandLine commandLine(CliContext context) {
        return commandLine(context, "");
    }

    /**
     * The command line, printing to the context and mapping errors to exit codes: with only the command named first
     * when there is one (building every command's options takes a noticeable part of a second), else with all.
     */
    private static CommandLine commandLine(CliContext context, String first) {
        List<Subcommand> subcommands = subcommands(context);
        List<Subcommand> named = subcommands.stream()
                .filter(subcommand -> subcommand.name().equals(first))
                .toList();
        CommandLine commandLine = new CommandLine(new ModelCensusCommand());
        for (Subcommand subcommand : named.isEmpty() ? subcommands : named) {
            commandLine.addSubcommand(subcommand.build().get());
        }
        commandLine.registerConverter(LocalDate.class, Main::date);
        commandLine.registerConverter(Integer.class, Main::smallWhole);
        commandLine.registerConverter(int.class, Main::smallWhole);
        commandLine.registerConverter(Long.class, Main::whole);
        commandLine.registerConverter(long.class, Main::whole);
        commandLine.setParameterExceptionHandler((exception, args) -> {
            // one line naming the flag and what it expects, then where the options are described
            String command = exception.getCommandLine().getCommandSpec().qualifiedName();
            context.err().println(command + ": " + exception.getMessage());
            context.err().println("Try '" + command + " --help'.");
            return CommandLine.ExitCode.USAGE;
        });
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
                    case TEMPORARY -> EXIT_TEMPORARY;
                    case PERMISSION -> EXIT_NO_PERMISSION;
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
