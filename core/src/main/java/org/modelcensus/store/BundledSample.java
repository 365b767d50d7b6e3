package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.modelcensus.source.LeaderboardFormat;
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
                if (LeaderboardFormat.fromLabel(record.get("format")).isPresent()) {
                    continue; // see leaderboards()
                }
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

    /** The key in {@code store_info} that says whether the sample was loaded into a store by {@link #seed}. */
    static final String MARKER = "bundled_sample";

    /** Whether a store should be seeded: it holds no snapshot, or an earlier seeding was interrupted. */
    public static boolean seedingNeeded(CensusStore store) {
        Optional<String> marker = marker(store);
        if (marker.isPresent()) {
            return !marker.get().equals("loaded");
        }
        return new SnapshotCatalog(store).isEmpty();
    }

    /**
     * Loads the sample into a store as its first content: marked as loading first, and as loaded when every part is
     * in, so that an interrupted seeding is finished by the next run (importing a part again never double-counts).
     */
    public static List<ImportResult> seed(CensusStore store, SnapshotImporter importer, LongConsumer progress) {
        mark(store, "loading");
        List<ImportResult> results = importInto(importer, progress);
        mark(store, "loaded");
        return results;
    }

    private static Optional<String> marker(CensusStore store) {
        try (PreparedStatement statement =
                SqlResource.prepare(store.connection(), BundledSample.class, "store_info_get.sql", MARKER)) {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw CensusStore.failure("cannot read store " + store.path(), e);
        }
    }

    private static void mark(CensusStore store, String state) {
        try (PreparedStatement statement =
                SqlResource.prepare(store.connection(), BundledSample.class, "store_info_put.sql", MARKER, state)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw CensusStore.failure("cannot write store " + store.path(), e);
        }
    }

    /** Imports the whole sample; each part is one atomic import. */
    public static List<ImportResult> importInto(SnapshotImporter importer, LongConsumer progress) {
        List<ImportResult> results = importSnapshots(importer, progress);
        importLeaderboards(new LeaderboardImporter(importer.store(), importer.clock()));
        return results;
    }

    /** One leaderboard file of the sample. */
    public record Leaderboard(LeaderboardFormat format, InputFile file) {
        public Leaderboard {
            requireNonNull(format, "format is null");
            requireNonNull(file, "file is null");
        }
    }

    /** The sample's leaderboard files (LMArena standings), in manifest order. */
    public static List<Leaderboard> leaderboards() {
        InputFile manifest = InputFile.resource(DIRECTORY + "manifest.csv");
        List<Leaderboard> found = new ArrayList<>();
        try (Reader reader = new InputStreamReader(manifest.open(), StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            for (CSVRecord record : csv) {
                LeaderboardFormat.fromLabel(record.get("format"))
                        .ifPresent(format ->
                                found.add(new Leaderboard(format, InputFile.resource(DIRECTORY + record.get("file")))));
            }
        } catch (IOException e) {
            throw manifest.unreadable(e);
        }
        return found;
    }

    /** Imports the sample's leaderboard files (each replaces the dates it holds, so importing again changes nothing). */
    public static List<LeaderboardImporter.Result> importLeaderboards(LeaderboardImporter importer) {
        return leaderboards().stream()
                .map(leaderboard -> importer.importFile(leaderboard.file(), leaderboard.format()))
                .toList();
    }

    /** Imports the sample's snapshot files. */
    public static List<ImportResult> importSnapshots(SnapshotImporter importer, LongConsumer progress) {
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
