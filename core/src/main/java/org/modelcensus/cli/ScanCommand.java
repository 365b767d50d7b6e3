package org.modelcensus.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.modelcensus.CensusException;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.measure.Census;
import org.modelcensus.measure.Dependence;
import org.modelcensus.measure.DependenceCalculator;
import org.modelcensus.measure.StoredRoots;
import org.modelcensus.report.ScanWriter;
import org.modelcensus.source.ModelId;
import org.modelcensus.source.scan.CodeScanner;
import org.modelcensus.source.scan.DirectoryTree;
import org.modelcensus.source.scan.FoundReference;
import org.modelcensus.source.scan.GitTree;
import org.modelcensus.source.scan.ModelNames;
import org.modelcensus.source.scan.ProjectScan;
import org.modelcensus.source.scan.Scope;
import org.modelcensus.source.scan.SourceTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        mixinStandardHelpOptions = true,
        name = "scan",
        description = {
            "Which countries' open models do these projects depend on? Scans source trees for the open models they"
                    + " load (Hub ids in loader calls and configuration, Hugging Face URLs, Ollama tags, router and"
                    + " vendor names of open-weights models), attributes each through the registry (and, with"
                    + " --store, through the Hub's lineage to its base models), and prints per project the families"
                    + " it depends on with their evidence, and across projects the share that depend on each"
                    + " country's models.",
            "Each PATH is one project. Code and configuration count by default; tests, docs and examples are"
                    + " listed with their scope and counted when asked. Proprietary models are never references;"
                    + " unattributed ones are listed, never dropped. Nothing is executed; .gitignore is honoured;"
                    + " dependencies, vendored trees, lock files, binaries, minified files and files over"
                    + " --max-file-size are skipped; symbolic links are never followed.",
            "",
            "Examples:",
            "  modelcensus scan ~/src/my-app",
            "  modelcensus scan startups/* --format json > dependence.json",
            "  modelcensus scan --git ~/mirrors/app.git --rev v1.2.0",
            "  modelcensus scan ~/src/my-app --store ~/census.duckdb --include-tests --format csv",
            ""
        })
final class ScanCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Project directories (each one project).")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--git",
            paramLabel = "DIR",
            description = "A git repository (bare, or a checkout) read at --rev without a checkout; repeatable.")
    List<Path> gitRepositories = new ArrayList<>();

    @Option(
            names = "--rev",
            paramLabel = "REV",
            defaultValue = "HEAD",
            description = "The revision of each --git repository: a branch, tag or commit (default HEAD).")
    String revision;

    @Option(names = "--include-tests", description = "Count references in tests (and CI) too.")
    boolean includeTests;

    @Option(names = "--include-docs", description = "Count references in documentation and comments too.")
    boolean includeDocs;

    @Option(
            names = "--include-examples",
            description = "Count references in examples, notebooks and configuration examples too.")
    boolean includeExamples;

    @Option(
            names = "--max-file-size",
            paramLabel = "BYTES",
            defaultValue = "1048576",
            description = "Files larger than this are skipped (default 1048576, 1 MiB).")
    long maximumFileSize;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads that scan files (default: the number of processors).")
    Integer threads;

    @Mixin
    OutputOption output;

    @Mixin
    CommonOptions common;

    ScanCommand(CliContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        if (paths.isEmpty() && gitRepositories.isEmpty()) {
            throw CensusException.invalidArgument("path", "give one or more project directories, or --git DIR");
        }
        if (threads != null && threads < 1) {
            throw CensusException.invalidArgument("threads", "--threads is " + threads + "; expected at least 1");
        }
        var format = output.format();
        OrganizationRegistry registry = common.registry();
        List<SourceTree> trees = new ArrayList<>();
        paths.forEach(path -> trees.add(new DirectoryTree(path, path.toString())));
        gitRepositories.forEach(repository -> trees.add(new GitTree(repository, revision)));
        CodeScanner scanner = new CodeScanner(
                ModelNames.bundled(),
                namespace -> registry.lookup(namespace).isPresent(),
                maximumFileSize,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        // A store named is opened first, so that a wrong one fails before the scan, not after it.
        Optional<Census> census = common.store == null ? Optional.empty() : Optional.of(common.openCensus(context));
        Map<String, List<StoredRoots.Root>> roots = Map.of();
        List<ProjectScan> scans = new ArrayList<>();
        try {
            scans.addAll(scan(scanner, trees));
            if (census.isPresent()) {
                List<ModelId> models = scans.stream()
                        .flatMap(scan -> scan.references().stream())
                        .map(FoundReference::hubId)
                        .flatMap(Optional::stream)
                        .toList();
                roots = new StoredRoots(census.get().engine()).roots(models);
            }
        } finally {
            census.ifPresent(Census::close);
        }
        Optional<String> store = census.map(Census::where);
        Dependence dependence = new DependenceCalculator(registry).measure(scans, counted(), roots, store);
        new ScanWriter(context.json(), context.width()).write(dependence, format, context.out());
        return 0;
    }

    /** Scans the projects, saying on an interactive terminal how much each read and how fast. */
    private List<ProjectScan> scan(CodeScanner scanner, List<SourceTree> trees) {
        long[] last = {System.nanoTime()};
        return scanner.scan(trees, scan -> {
            long now = System.nanoTime();
            if (context.interactive()) {
                double seconds = Math.max((now - last[0]) / 1e9, 1e-9);
                context.err()
                        .printf(
                                "modelcensus: scanned %s: %d files, %.1f MB in %.2f s (%.0f MB/s)%n",
                                scan.name(), scan.files(), scan.bytes() / 1e6, seconds, scan.bytes() / 1e6 / seconds);
            }
            last[0] = now;
        });
    }

    private Set<Scope> counted() {
        Set<Scope> counted = EnumSet.of(Scope.CODE, Scope.CONFIG);
        if (includeTests) {
            counted.add(Scope.TEST);
            counted.add(Scope.CI);
        }
        if (includeDocs) {
            counted.add(Scope.DOCS);
            counted.add(Scope.COMMENT);
        }
        if (includeExamples) {
            counted.add(Scope.EXAMPLE);
            counted.add(Scope.CONFIG_EXAMPLE);
        }
        return counted;
    }
}
