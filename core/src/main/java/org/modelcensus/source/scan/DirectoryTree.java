package org.modelcensus.source.scan;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/**
 * A project directory on disk (a git checkout or any tree). Its {@code .gitignore} files are honoured as git reads
 * them (JGit's rules, the deepest file first, negations included); symbolic links are never followed, so a scan
 * cannot leave the tree.
 */
public final class DirectoryTree implements SourceTree {
    private final Path root;
    private final String name;

    public DirectoryTree(Path root, String name) {
        this.root = requireNonNull(root, "root is null");
        this.name = requireNonNull(name, "name is null");
        if (!Files.isDirectory(root)) {
            throw new CensusException(
                    ErrorCode.UNREADABLE_FILE,
                    "scan " + name + ": " + (Files.exists(root) ? "is not a directory" : "does not exist")
                            + "; expected a project directory (or --git DIR --rev REV for a git repository)");
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** A directory's ignore rules, with its path relative to the root ("" for the root). */
    private record Rules(String directory, IgnoreNode node) {}

    @Override
    public void walk(long maximumFileSize, Visitor visitor) {
        Deque<Rules> rules = new ArrayDeque<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                        throws IOException {
                    String path = relative(directory);
                    if (!path.isEmpty()) {
                        String directoryName = directory.getFileName().toString();
                        if (FileKind.SKIPPED_DIRECTORIES.contains(directoryName)) {
                            visitor.skipped(path + "/", "dependency, vendored or build directory");
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (ignored(rules, path, true)) {
                            visitor.skipped(path + "/", "ignored by .gitignore");
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    Path ignore = directory.resolve(".gitignore");
                    if (Files.isRegularFile(ignore, LinkOption.NOFOLLOW_LINKS)) {
                        IgnoreNode node = new IgnoreNode();
                        try (InputStream input = Files.newInputStream(ignore)) {
                            node.parse(input);
                        }
                        rules.push(new Rules(path, node));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure) {
                    String path = relative(directory);
                    if (!rules.isEmpty() && rules.peek().directory().equals(path)) {
                        rules.pop();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String path = relative(file);
                    if (attributes.isSymbolicLink()) {
                        visitor.skipped(path, "symbolic link (never followed)");
                    } else if (!attributes.isRegularFile()) {
                        visitor.skipped(path, "not a regular file");
                    } else if (ignored(rules, path, false)) {
                        visitor.skipped(path, "ignored by .gitignore");
                    } else if (attributes.size() > maximumFileSize) {
                        visitor.skipped(path, "larger than the size limit");
                    } else {
                        visitor.file(path, () -> {
                            try (InputStream input = Files.newInputStream(file)) {
                                return input.readNBytes((int) Math.min(maximumFileSize, Integer.MAX_VALUE - 8));
                            }
                        });
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    visitor.skipped(relative(file), "unreadable: " + failure.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new CensusException(ErrorCode.UNREADABLE_FILE, "scan " + name + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new CensusException(ErrorCode.UNREADABLE_FILE, "scan " + name + ": " + e.getMessage(), e);
        }
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** Whether git ignores the path: the deepest .gitignore that decides, else its parents'. */
    private static boolean ignored(Deque<Rules> rules, String path, boolean directory) {
        for (Rules rule : rules) {
            String within = rule.directory().isEmpty()
                    ? path
                    : path.substring(rule.directory().length() + 1);
            Boolean decided = rule.node().checkIgnored(within, directory);
            if (decided != null) {
                return decided;
            }
        }
        return false;
    }
}
