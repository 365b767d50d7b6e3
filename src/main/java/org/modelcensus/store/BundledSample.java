package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.SnapshotFormat;

/**
 * The real Hub data bundled with the program ({@code data/sample/}, listed in its {@code manifest.csv} and credited
 * in {@code data/SOURCES.md}), imported into a store on request or when the default store is empty.
 */
public final class BundledSample {
    private static final String DIRECTORY = "data/sample/";

    /** One group of sample files imported together: same format and snapshot source. */
    public record Part(SnapshotFormat format, String source, List<InputFile> files) {
        public Part {
            requireNonNull(format, "format is null");
            requireNonNull(source, "source is null");
            files = List.copyOf(requireNonNull(files, "files is null"));
        }
    }

    /** The sample's files, grouped by format and source, in manifest order. */
    public static List<Part> parts() {
        InputFile manifest = InputFile.resource(DIRECTORY + "manifest.csv");
        Map<String, List<InputFile>> files = new LinkedHashMap<>();
        Map<String, SnapshotFormat> formats = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(manifest.open(), StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            for (CSVRecord record : csv) {
                SnapshotFormat format = SnapshotFormat.fromLabel(record.get("format"));
                String source = record.get("source");
                String key = format.label() + "\u0000" + source;
                formats.put(key, format);
                files.computeIfAbsent(key, ignored -> new ArrayList<>())
                        .add(InputFile.resource(DIRECTORY + record.get("file")));
            }
        } catch (IOException e) {
            throw manifest.unreadable(e);
        }
        List<Part> parts = new ArrayList<>();
        files.forEach(
                (key, group) -> parts.add(new Part(formats.get(key), key.substring(key.indexOf('\u0000') + 1), group)));
        return parts;
    }

    /** Imports the whole sample; each part is one atomic import. */
    public static List<ImportResult> importInto(SnapshotImporter importer, LongConsumer progress) {
        List<ImportResult> results = new ArrayList<>();
        for (Part part : parts()) {
            results.add(importer.importFiles(
                    part.files(),
                    part.format(),
                    new ImportOptions(Optional.empty(), Optional.of(part.source()), false),
                    progress));
        }
        return results;
    }
}
