package org.modelcensus.source.scan;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/**
 * A git repository (bare, or a checkout's {@code .git}) at a revision, read through JGit without a checkout: the
 * files committed at that revision. Submodules and symbolic links are skipped.
 */
public final class GitTree implements SourceTree {
    private final Path directory;
    private final String revision;

    public GitTree(Path directory, String revision) {
        this.directory = requireNonNull(directory, "directory is null");
        this.revision = requireNonNull(revision, "revision is null");
    }

    @Override
    public String name() {
        return directory + "@" + revision;
    }

    @Override
    public void walk(long maximumFileSize, Visitor visitor) {
        Path gitDirectory = Files.isDirectory(directory.resolve(".git")) ? directory.resolve(".git") : directory;
        if (!Files.isDirectory(gitDirectory.resolve("objects")) || !Files.exists(gitDirectory.resolve("HEAD"))) {
            throw CensusException.invalidArgument(
                    "git", "--git " + directory + " is not a git repository; expected a bare repository or a checkout");
        }
        try (Repository repository = new FileRepositoryBuilder()
                        .setGitDir(gitDirectory.toFile())
                        .setMustExist(true)
                        .build();
                ObjectReader reader = repository.newObjectReader();
                TreeWalk walk = new TreeWalk(reader)) {
            ObjectId tree = resolve(repository);
            walk.addTree(tree);
            walk.setRecursive(false);
            while (walk.next()) {
                String path = walk.getPathString();
                FileMode mode = walk.getFileMode(0);
                if (walk.isSubtree()) {
                    if (FileKind.SKIPPED_DIRECTORIES.contains(walk.getNameString())) {
                        visitor.skipped(path + "/", "dependency, vendored or build directory");
                    } else {
                        walk.enterSubtree();
                    }
                } else if (mode == FileMode.SYMLINK) {
                    visitor.skipped(path, "symbolic link (never followed)");
                } else if (mode == FileMode.GITLINK) {
                    visitor.skipped(path, "submodule");
                } else {
                    ObjectId blob = walk.getObjectId(0);
                    long size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
                    if (size > maximumFileSize) {
                        visitor.skipped(path, "larger than the size limit");
                    } else {
                        visitor.file(
                                path,
                                () -> repository.open(blob, Constants.OBJ_BLOB).getBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new CensusException(
                    ErrorCode.UNREADABLE_FILE, "scan " + name() + ": cannot read the repository: " + e.getMessage(), e);
        }
    }

    private ObjectId resolve(Repository repository) throws IOException {
        ObjectId tree;
        try {
            tree = repository.resolve(revision + "^{tree}");
        } catch (RevisionSyntaxException e) {
            tree = null;
        }
        if (tree == null) {
            throw CensusException.invalidArgument(
                    "rev",
                    "--rev " + revision + " is no revision of " + directory + "; expected a branch, tag or commit");
        }
        return tree;
    }
}
