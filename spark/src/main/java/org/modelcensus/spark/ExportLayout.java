package org.modelcensus.spark;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.source.InputFile;
import org.modelcensus.store.StoreExport;

/**
 * An export ({@code modelcensus export --parquet}) read by Spark, wherever it lives (a local directory, HDFS, S3: any
 * Hadoop file system): its manifest checked, each table a temporary view of the name the measures' SQL reads.
 */
public final class ExportLayout {
    private final String location;
    private final JsonNode manifest;
    private final FileSystem files;

    private ExportLayout(String location, JsonNode manifest, FileSystem files) {
        this.location = location;
        this.manifest = manifest;
        this.files = files;
    }

    /** Reads the manifest at {@code location} and checks that this version of the layout is one this program reads. */
    public static ExportLayout open(SparkSession session, String location, ObjectMapper json) {
        requireNonNull(session, "session is null");
        requireNonNull(location, "location is null");
        Configuration configuration = session.sparkContext().hadoopConfiguration();
        Path manifestPath = new Path(location, StoreExport.MANIFEST);
        JsonNode manifest;
        FileSystem files;
        try {
            files = FileSystem.get(URI.create(location), configuration);
            if (!files.exists(manifestPath)) {
                throw new CensusException(
                        ErrorCode.STORE_NOT_FOUND,
                        location + " holds no " + StoreExport.MANIFEST + ": give a directory written by `modelcensus"
                                + " export --parquet DIR`");
            }
            try (InputStream input = files.open(manifestPath)) {
                manifest = json.readTree(input);
            }
        } catch (IOException e) {
            throw new CensusException(
                    ErrorCode.UNREADABLE_FILE, "cannot read " + manifestPath + ": " + e.getMessage(), e);
        }
        if (!"modelcensus-export".equals(manifest.path("layout").asText())) {
            throw new CensusException(
                    ErrorCode.NOT_A_STORE, manifestPath + " is not the manifest of a ModelCensus export");
        }
        int version = manifest.path("layoutVersion").asInt(-1);
        if (version != StoreExport.LAYOUT_VERSION) {
            throw new CensusException(
                    ErrorCode.STORE_VERSION,
                    location + " is an export of layout version " + version + "; this ModelCensus reads version "
                            + StoreExport.LAYOUT_VERSION + ": export the store again with this version");
        }
        return new ExportLayout(location, manifest, files);
    }

    /** Makes every table of the export a temporary view of the session. */
    public void register(SparkSession session) {
        for (String table : StoreExport.SNAPSHOT_TABLES) {
            session.read().parquet(path(table)).createOrReplaceTempView(table);
        }
        for (String table : StoreExport.PARTITIONED_TABLES) {
            Dataset<Row> rows = session.read().parquet(path(table));
            // the partition columns come back from the directory names; the store's tables do not have them
            for (String column : StoreExport.PARTITION_COLUMNS) {
                rows = rows.drop(column);
            }
            rows.createOrReplaceTempView(table);
        }
    }

    /** The registry the export was made with. */
    public OrganizationRegistry registry() {
        Path registry = new Path(location, StoreExport.REGISTRY);
        return OrganizationRegistry.load(new InputFile(registry.toString(), () -> files.open(registry)));
    }

    /** How many snapshots the manifest lists. */
    public int snapshots() {
        return manifest.path("snapshots").size();
    }

    public String location() {
        return location;
    }

    private String path(String table) {
        return new Path(location, table).toString();
    }
}
