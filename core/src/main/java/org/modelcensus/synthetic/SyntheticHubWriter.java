package org.modelcensus.synthetic;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.store.SqlResource;

/**
 * Writes the snapshots of a {@link SyntheticHub} as the dumps users have: Hub-API JSON Lines (gzip) or hub-stats
 * Parquet, one file a snapshot, the date in its name. The same hub and days give the same bytes. Each file is written
 * under a temporary name and renamed when complete.
 */
public final class SyntheticHubWriter {
    /** The formats written. */
    public enum Format {
        HUB_JSONL("hub-jsonl"),
        HUB_STATS("hub-stats");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One file written. */
    public record Written(Path file, LocalDate day, long models) {}

    private final SyntheticHub hub;

    public SyntheticHubWriter(SyntheticHub hub) {
        this.hub = requireNonNull(hub, "hub is null");
    }

    /** Writes one file per day into {@code directory}, telling {@code progress} of each as it is done. */
    public List<Written> write(List<LocalDate> days, Format format, Path directory, Consumer<Written> progress) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new CensusException(ErrorCode.INVALID_ARGUMENT, "cannot create directory " + directory + ": " + e);
        }
        List<Written> written = new ArrayList<>();
        for (LocalDate day : days) {
            String name = format == Format.HUB_JSONL ? "models_" + day + ".jsonl.gz" : "hub-stats_" + day + ".parquet";
            Path file = directory.resolve(name);
            Path partial = directory.resolve(name + ".partial");
            long models;
            try {
                models = format == Format.HUB_JSONL ? writeJsonl(day, partial) : writeParquet(day, partial);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | SQLException e) {
                throw new CensusException(
                        ErrorCode.INVALID_ARGUMENT, "cannot write " + file + ": " + e.getMessage(), e);
            }
            Written one = new Written(file, day, models);
            written.add(one);
            progress.accept(one);
        }
        return written;
    }

    private long writeJsonl(LocalDate day, Path file) throws IOException {
        long count = 0;
        try (OutputStream raw =
                        new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16);
                JsonGenerator json = new JsonFactory().createGenerator(raw)) {
            json.setRootValueSeparator(null);
            for (long number = 0; number < hub.models(); number++) {
                Optional<SyntheticModel> found = hub.model(number, day);
                if (found.isEmpty()) {
                    break; // models are numbered in order of creation
                }
                SyntheticModel model = found.get();
                json.writeStartObject();
                json.writeStringField("id", model.id());
                json.writeStringField("author", model.author());
                json.writeStringField("createdAt", model.createdAt().toString());
                json.writeNumberField("downloads", model.downloads());
                json.writeNumberField("downloadsAllTime", model.downloadsAllTime());
                json.writeNumberField("likes", model.likes());
                if (model.pipelineTag() != null) {
                    json.writeStringField("pipeline_tag", model.pipelineTag());
                }
                json.writeStringField("library_name", model.libraryName());
                json.writeArrayFieldStart("tags");
                for (String tag : model.tags()) {
                    json.writeString(tag);
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
                count++;
            }
        }
        return count;
    }

    private long writeParquet(LocalDate day, Path file) throws SQLException {
        long count = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET threads = 1"); // one writer, rows in order: the same bytes every time
                statement.execute(SqlResource.load(SyntheticHubWriter.class, "synthetic_models.sql"));
            }
            try (DuckDBAppender appender =
                    connection.unwrap(DuckDBConnection.class).createAppender("main", "synthetic_model")) {
                for (long number = 0; number < hub.models(); number++) {
                    Optional<SyntheticModel> found = hub.model(number, day);
                    if (found.isEmpty()) {
                        break;
                    }
                    SyntheticModel model = found.get();
                    appender.beginRow();
                    appender.append(model.id());
                    appender.append(model.author());
                    appender.append(model.createdAt().toString());
                    appender.append(model.downloads());
                    appender.append(model.downloadsAllTime());
                    appender.append(model.likes());
                    appender.append(model.pipelineTag());
                    appender.append(model.libraryName());
                    appender.append(String.join("\n", model.tags()));
                    appender.endRow();
                    count++;
                }
            }
            try (PreparedStatement copy =
                    connection.prepareStatement(SqlResource.load(SyntheticHubWriter.class, "synthetic_parquet.sql")
                            .replace("?", "'" + file.toString().replace("'", "''") + "'"))) {
                copy.execute();
            }
        }
        return count;
    }
}
