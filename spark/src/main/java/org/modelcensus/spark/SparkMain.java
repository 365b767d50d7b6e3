package org.modelcensus.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.modelcensus.CensusException;
import org.modelcensus.cli.CliContext;
import org.modelcensus.cli.Main;

/**
 * {@code modelcensus-spark}: the census's measuring commands, with the CLI's flags and output, run on Apache Spark
 * over an export ({@code modelcensus export --parquet DIR}) wherever it lives. Its own flags come first: {@code
 * --input PATH} (any Hadoop-compatible URI) and {@code --master URL} (default {@code local[*]}, or spark-submit's).
 */
public final class SparkMain {
    /** The commands that run on Spark; the others work on a store and belong to {@code modelcensus}. */
    static final Set<String> COMMANDS = Set.of("shares", "series", "crossover", "families");

    private static final String USAGE = "Usage: modelcensus-spark --input PATH [--master URL] COMMAND [FLAGS]\n"
            + "Runs " + String.join(", ", new TreeSet<>(COMMANDS))
            + " on Apache Spark over an export of a store (modelcensus export --parquet DIR), with the flags and\n"
            + "output of modelcensus COMMAND (see modelcensus COMMAND --help).\n"
            + "  --input PATH   the export: a directory, hdfs://..., s3a://... (required)\n"
            + "  --master URL   Spark's master; default local[*] (all cores of this machine), or spark-submit's\n"
            + "Examples:\n"
            + "  modelcensus export --parquet census-export\n"
            + "  modelcensus-spark --input census-export shares --by country --view origin\n"
            + "  modelcensus-spark --input s3a://bucket/census --master yarn series --by country --every month\n";

    private SparkMain() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs one command line on Spark and returns its exit code, as {@code modelcensus} would. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Optional<String> input = Optional.empty();
        Optional<String> master = Optional.empty();
        List<String> rest = new ArrayList<>();
        for (int index = 0; index < args.length; index++) {
            String arg = args[index];
            boolean valued = (arg.equals("--input") || arg.equals("--master")) && rest.isEmpty();
            if (valued && index + 1 >= args.length) {
                return usage(err, arg + " needs a value");
            }
            if (valued && arg.equals("--input")) {
                input = Optional.of(args[++index]);
            } else if (valued) {
                master = Optional.of(args[++index]);
            } else if (rest.isEmpty() && (arg.equals("--help") || arg.equals("-h"))) {
                out.print(USAGE);
                return 0;
            } else {
                rest.add(arg);
            }
        }
        if (rest.isEmpty()) {
            return usage(err, "no command given");
        }
        if (!COMMANDS.contains(rest.get(0))) {
            return usage(
                    err, "'" + rest.get(0) + "' does not run on Spark; it works on a store: run it with modelcensus");
        }
        if (input.isEmpty()) {
            return usage(err, "--input is required: the export to read (modelcensus export --parquet DIR)");
        }
        boolean help = rest.contains("--help") || rest.contains("-h");
        ObjectMapper json = new ObjectMapper();
        SparkSession session = help ? null : SparkCensus.session(master);
        try {
            String location = input.get();
            CliContext context = new CliContext(
                    System.getenv(),
                    Path.of(System.getProperty("user.home")),
                    out,
                    err,
                    Clock.systemUTC(),
                    json,
                    false,
                    Optional.of(registry -> {
                        if (session == null) {
                            throw new IllegalStateException("no Spark session for --help");
                        }
                        return SparkCensus.open(session, location, registry, json);
                    }));
            return Main.run(context, rest.toArray(String[]::new));
        } catch (CensusException e) {
            err.println("modelcensus-spark: " + e.getMessage());
            return 65;
        } finally {
            if (session != null) {
                session.stop();
            }
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("modelcensus-spark: " + problem);
        err.println("Try 'modelcensus-spark --help'.");
        return 2;
    }
}
