package org.modelcensus.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.modelcensus.Sha256;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.LeaderboardEntry;
import org.modelcensus.source.LeaderboardFormat;
import org.modelcensus.source.LeaderboardReader;

/**
 * Imports leaderboard files into the store's {@code arena_rating}, each file in one transaction: a file replaces the
 * standings of every date it holds, and any bad row leaves the store as it was. A model listed twice on one date (the
 * 2025 scrapes hold two readings of some dates) keeps its last row.
 */
public final class LeaderboardImporter {
    private final CensusStore store;
    private final Clock clock;

    public LeaderboardImporter(CensusStore store, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** What importing one file wrote. */
    public record Result(
            String file,
            LeaderboardFormat format,
            long rows,
            long entries,
            LocalDate first,
            LocalDate last,
            int dates) {
        public Result {
            requireNonNull(file, "file is null");
            requireNonNull(format, "format is null");
            requireNonNull(first, "first is null");
            requireNonNull(last, "last is null");
        }

        /** Rows that repeated a model of the same date, the last of which was kept. */
        public long repeated() {
            return rows - entries;
        }
    }

    public Result importFile(InputFile file, LeaderboardFormat format) {
        return importFiles(List.of(file), format).get(0);
    }

    /** Imports files of one format in one transaction: every file is read and checked before anything is written. */
    public List<Result> importFiles(List<InputFile> files, LeaderboardFormat format) {
        requireNonNull(files, "files is null");
        requireNonNull(format, "format is null");
        List<Parsed> parsed = files.stream().map(file -> parse(file, format)).toList();
        Connection connection = store.connection();
        try {
            Transaction.run(connection, () -> {
                for (Parsed file : parsed) {
                    write(connection, file, format);
                }
                return null;
            });
        } catch (SQLException e) {
            throw CensusStore.failure("cannot import leaderboard files into store " + store.path(), e);
        }
        return parsed.stream()
                .map(file -> new Result(
                        file.file.name(),
                        format,
                        file.rows,
                        file.kept.size(),
                        file.dates.first(),
                        file.dates.last(),
                        file.dates.size()))
                .toList();
    }

    /** A file read and checked: its entries with repeats collapsed, its dates and hash. */
    private record Parsed(
            InputFile file, long rows, List<LeaderboardEntry> kept, TreeSet<LocalDate> dates, String sha256) {}

    private static Parsed parse(InputFile file, LeaderboardFormat format) {
        List<LeaderboardEntry> rows = new LeaderboardReader().read(file, format);
        Map<String, LeaderboardEntry> kept = new LinkedHashMap<>();
        for (LeaderboardEntry entry : rows) {
            String key = entry.date() + "\u0000" + entry.modelKey();
            kept.remove(key);
            kept.put(key, entry);
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        kept.values().forEach(entry -> dates.add(entry.date()));
        return new Parsed(file, rows.size(), List.copyOf(kept.values()), dates, sha256(file));
    }

    private void write(Connection connection, Parsed file, LeaderboardFormat format) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement(SqlResource.load(LeaderboardImporter.class, "arena_delete_date.sql"))) {
            for (LocalDate date : file.dates) {
                delete.setObject(1, date);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement insert =
                connection.prepareStatement(SqlResource.load(LeaderboardImporter.class, "arena_insert.sql"))) {
            for (LeaderboardEntry entry : file.kept) {
                insert.setObject(1, entry.date());
                insert.setString(2, entry.modelKey());
                insert.setString(3, entry.displayName());
                insert.setDouble(4, entry.rating());
                optional(insert, 5, entry.rank(), Types.INTEGER);
                optional(insert, 6, entry.ciPlus(), Types.DOUBLE);
                optional(insert, 7, entry.ciMinus(), Types.DOUBLE);
                optional(insert, 8, entry.votes(), Types.BIGINT);
                insert.setString(9, entry.license());
                insert.setString(10, entry.organization());
                insert.setString(11, file.file.fileName());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement record = SqlResource.prepare(
                connection,
                LeaderboardImporter.class,
                "arena_insert_file.sql",
                file.file.fileName(),
                format.label(),
                file.sha256,
                (long) file.kept.size(),
                file.dates.first(),
                file.dates.last(),
                Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))) {
            record.executeUpdate();
        }
    }

    private static void optional(PreparedStatement statement, int index, Optional<?> value, int type)
            throws SQLException {
        if (value.isPresent()) {
            statement.setObject(index, value.get());
        } else {
            statement.setNull(index, type);
        }
    }

    private static String sha256(InputFile file) {
        MessageDigest digest = Sha256.digest();
        try (InputStream input = file.openRaw()) {
            byte[] buffer = new byte[1 << 16];
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw file.unreadable(e);
        }
        return Sha256.hex(digest);
    }
}
