package org.modelcensus.source.scan;

import java.io.IOException;

/** A project's files, as a scan reads them: a directory on disk, or a git repository at a revision. */
public interface SourceTree {
    /** The project as outputs name it: the path given, or {@code DIR@REV}. */
    String name();

    /**
     * Hands every file not skipped by its path (version control, dependencies, vendored trees, ignored files,
     * symbolic links, files over the size limit) to the visitor, and every skipped one with the reason.
     */
    void walk(long maximumFileSize, Visitor visitor);

    /** What a walk hands out. */
    interface Visitor {
        /** A file to scan: its path relative to the project root with {@code /}, and how to read it. */
        void file(String path, Contents contents);

        void skipped(String path, String reason);
    }

    /** A file's bytes, at most the size limit (checked before it is handed out). */
    @FunctionalInterface
    interface Contents {
        byte[] read() throws IOException;
    }
}
