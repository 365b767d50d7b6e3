package org.modelcensus.source;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;

/**
 * A named input to import: a file on disk or a resource bundled with the program. Gzip-compressed content is
 * recognised by its magic bytes and decompressed on the fly, so {@code .gz} files need no special flag; every member
 * of a multi-member file is read, and a truncated member is an error.
 */
public final class InputFile {
    private final String name;
    private final Opener opener;

    /** Opens the raw bytes of an input. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputFile(String name, Opener opener) {
        this.name = requireNonNull(name, "name is null");
        this.opener = requireNonNull(opener, "opener is null");
    }

    public static InputFile of(Path path) {
        requireNonNull(path, "path is null");
        return new InputFile(path.toString(), () -> Files.newInputStream(path));
    }

    /** A resource on the class path, such as a file of the bundled sample. */
    public static InputFile resource(String resourcePath) {
        requireNonNull(resourcePath, "resourcePath is null");
        return new InputFile(resourcePath, () -> {
            InputStream stream = InputFile.class.getClassLoader().getResourceAsStream(resourcePath);
            if (stream == null) {
                throw new NoSuchFileException(resourcePath, null, "no such bundled resource");
            }
            return stream;
        });
    }

    /** The name used in messages: the path as the user gave it. */
    public String name() {
        return name;
    }

    /** The file name without directories, used to infer snapshot dates. */
    public String fileName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /** Opens the bytes as stored, without decompressing them; the caller closes the stream. */
    public InputStream openRaw() throws IOException {
        return opener.open();
    }

    /** Opens the decompressed content; the caller closes it. */
    public InputStream open() {
        try {
            InputStream raw = new BufferedInputStream(opener.open(), 1 << 16);
            try {
                raw.mark(2);
                int first = raw.read();
                int second = raw.read();
                raw.reset();
                if (first == 0x1f && second == 0x8b) {
                    // every member of a multi-member file, and a truncated one is an error
                    return new BufferedInputStream(new GzipCompressorInputStream(raw, true), 1 << 16);
                }
                return raw;
            } catch (IOException e) {
                raw.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new CensusException(ErrorCode.UNREADABLE_FILE, name + ": no such file", e);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The error to raise when reading this input fails part-way. */
    public CensusException unreadable(IOException cause) {
        if (cause instanceof EOFException) {
            return new CensusException(
                    ErrorCode.UNREADABLE_FILE,
                    name + ": is truncated (it ends inside compressed data); nothing was imported from it",
                    cause);
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new CensusException(ErrorCode.UNREADABLE_FILE, name + ": cannot be read (" + reason + ")", cause);
    }

    /** Wraps an {@link UncheckedIOException} raised while reading this input. */
    public CensusException unreadable(UncheckedIOException cause) {
        return unreadable(cause.getCause());
    }

    @Override
    public String toString() {
        return name;
    }
}
