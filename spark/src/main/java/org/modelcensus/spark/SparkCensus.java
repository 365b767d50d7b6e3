package org.modelcensus.spark;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.modelcensus.attribution.OrganizationRegistry;
import org.modelcensus.measure.Census;

/** A census whose measures run on Spark, over an export. */
public final class SparkCensus {
    private SparkCensus() {}

    /**
     * A session for the census: on {@code master} ({@code local[*]} when empty, as for a laptop), with the settings the
     * measures' SQL relies on (dates and timestamps as {@code java.time}, in UTC, and no web UI for local runs). Under
     * {@code spark-submit}, its master is kept.
     */
    public static SparkSession session(Optional<String> master) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("ModelCensus")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.ansi.enabled", "true");
        boolean local = master.map(url -> url.startsWith("local")).orElse(System.getProperty("spark.master") == null);
        if (local) { // spark-submit sets spark.master
            // one machine: a few shuffle partitions, not a cluster's 200
            builder.master(master.orElse("local[*]"))
                    .config("spark.ui.enabled", "false")
                    .config(
                            "spark.sql.shuffle.partitions",
                            String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        } else {
            master.ifPresent(builder::master);
        }
        SparkSession session = builder.getOrCreate();
        session.sparkContext().setLogLevel("ERROR");
        return session;
    }

    /**
     * The census over the export at {@code location}, with the registry given or, when none is, the one the export
     * was made with. Closing it leaves the session open (its owner stops it).
     */
    public static Census open(
            SparkSession session, String location, Optional<OrganizationRegistry> registry, ObjectMapper json) {
        requireNonNull(session, "session is null");
        ExportLayout layout = ExportLayout.open(session, location, json);
        layout.register(session);
        return new Census(new SparkEngine(session), location, registry.orElseGet(layout::registry), () -> {});
    }
}
