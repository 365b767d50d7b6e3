package org.modelcensus.source.scan;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/**
 * Scans projects for the open models they name. Files are read by one thread as the tree is walked and scanned on
 * as many threads as asked, with at most two files per thread in memory at once, each at most the size limit. A file
 * is skipped when its path says so (see {@link FileKind}), when it holds a NUL byte in its first 8 KiB (binary), when
 * its first lines say it is generated ({@code @generated}, {@code DO NOT EDIT}), or when it looks minified (over 10 KiB
 * with lines of 500 characters on average). Nothing is ever executed.
 */
public final class CodeScanner {
    /** Files larger than this (1 MiB) are not read: generated bundles, data dumps and weights, not source. */
    public static final long DEFAULT_MAXIMUM_FILE_SIZE = 1L << 20;

    private static final int BINARY_PROBE = 8192;

    private final ReferenceFinder finder;
    private final long maximumFileSize;
    private final int threads;

    public CodeScanner(ModelNames names, Predicate<String> knownNamespace, long maximumFileSize, int threads) {
        this.finder = new ReferenceFinder(
                requireNonNull(names, "names is null"), requireNonNull(knownNamespace, "knownNamespace is null"));
        if (maximumFileSize < 1) {
            throw CensusException.invalidArgument(
                    "max-file-size", "--max-file-size is " + maximumFileSize + "; expected a positive number of bytes");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.maximumFileSize = maximumFileSize;
        this.threads = threads;
    }

    /** What a file's scan gives back. */
    private record FileResult(String path, long bytes, List<FoundReference> references, String skipped) {}

    public ProjectScan scan(SourceTree tree) {
        requireNonNull(tree, "tree is null");
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "scan");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore inFlight = new Semaphore(2 * threads);
        List<Future<FileResult>> results = new ArrayList<>();
        Map<String, Long> skipped = new TreeMap<>();
        try {
            tree.walk(maximumFileSize, new SourceTree.Visitor() {
                @Override
                public void file(String path, SourceTree.Contents contents) {
                    FileKind.Classified classified = FileKind.classify(path);
                    if (classified.skipped().isPresent()) {
                        skipped(path, classified.skipped().get());
                        return;
                    }
                    byte[] bytes;
                    try {
                        bytes = contents.read();
                    } catch (IOException e) {
                        skipped(path, "unreadable: " + e.getMessage());
                        return;
                    }
                    inFlight.acquireUninterruptibly();
                    results.add(pool.submit(() -> {
                        try {
                            return scanFile(path, classified.kind().get(), bytes);
                        } finally {
                            inFlight.release();
                        }
                    }));
                }

                @Override
                public void skipped(String path, String reason) {
                    skipped.merge(reason, 1L, Long::sum);
                }
            });
            long files = 0;
            long bytes = 0;
            List<FoundReference> references = new ArrayList<>();
            for (Future<FileResult> future : results) {
                FileResult result = future.get();
                if (result.skipped() != null) {
                    skipped.merge(result.skipped(), 1L, Long::sum);
                } else {
                    files++;
                    bytes += result.bytes();
                    references.addAll(result.references());
                }
            }
            references.sort(Comparator.comparing(FoundReference::file).thenComparingInt(FoundReference::line));
            return new ProjectScan(tree.name(), files, bytes, skipped, references);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CensusException(ErrorCode.STORE_FAILURE, "scan " + tree.name() + " was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("scanning " + tree.name() + " failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private FileResult scanFile(String path, FileKind kind, byte[] bytes) {
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int index = 0; index < probe; index++) {
            if (bytes[index] == 0) {
                return new FileResult(path, bytes.length, List.of(), "binary file");
            }
        }
        // One byte, one character: names are ASCII, and UTF-8 puts no ASCII byte inside a multi-byte character, so
        // Latin-1 finds the same names and lines as UTF-8 at a fraction of the cost.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (generated(text)) {
            return new FileResult(path, bytes.length, List.of(), "minified or generated file");
        }
        List<FoundReference> found = new ArrayList<>();
        ReferenceFinder.FileScan scan = finder.scan(path, kind, found::add);
        int start = 0;
        int number = 1;
        int length = text.length();
        while (start <= length) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? length : end;
            int lineEnd = stop > start && text.charAt(stop - 1) == '\r' ? stop - 1 : stop;
            if (lineEnd > start) {
                scan.line(text.substring(start, Math.min(lineEnd, start + ReferenceFinder.MAXIMUM_LINE)), number);
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
            number++;
        }
        scan.finish();
        return new FileResult(path, bytes.length, found, null);
    }

    private static boolean generated(String text) {
        int head = 0;
        for (int line = 0; line < 5 && head >= 0 && head < text.length(); line++) {
            int end = text.indexOf('\n', head);
            String first = text.substring(head, end < 0 ? text.length() : end);
            if (first.contains("@generated") || first.contains("DO NOT EDIT") || first.contains("Code generated by")) {
                return true;
            }
            head = end < 0 ? -1 : end + 1;
        }
        if (text.length() > 10 * 1024) {
            long lines = 1;
            for (int index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
                lines++;
            }
            return text.length() / lines > 500;
        }
        return false;
    }
}
