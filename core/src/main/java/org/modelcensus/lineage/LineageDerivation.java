package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SnapshotDerivation;
import org.modelcensus.store.SqlResource;

/**
 * Derives a snapshot's lineage when an import writes it, and stores it (tables {@code lineage_node}, {@code
 * lineage_edge}, {@code lineage_root}, {@code lineage_broken_edge}, {@code lineage_quality}), so that no query builds
 * a graph again. Declarations are parsed in Java as rows stream past; ids are matched and numbered in SQL; roots,
 * depths and cycles are resolved on node numbers by {@link NodeLineage}, the algorithm {@link LineageGraph} runs too.
 * The JVM holds a few integers per node, never an object per model.
 */
public final class LineageDerivation implements SnapshotDerivation {
    private final ObjectMapper json;

    public LineageDerivation(ObjectMapper json) {
        this.json = requireNonNull(json, "json is null");
    }

    /** Opens a store for writing with its snapshots' lineage derived at import: how every entry point opens one. */
    public static CensusStore openStore(Path path, ObjectMapper json) {
        return CensusStore.openForWriting(path, new LineageDerivation(json));
    }

    @Override
    public void derive(Connection connection, List<Long> snapshotIds) throws SQLException {
        requireNonNull(connection, "connection is null");
        requireNonNull(snapshotIds, "snapshotIds is null");
        forEachStatement(connection, "lineage_forget.sql");
        for (long snapshotId : declaring(connection)) {
            derive(connection, snapshotId);
        }
        forEachStatement(connection, "lineage_quality_plain.sql");
    }

    /** Derives one snapshot where some model declares a base model. */
    private void derive(Connection connection, long snapshotId) throws SQLException {
        DuckDBConnection duckdb = connection.unwrap(DuckDBConnection.class);
        try {
            forEachStatement(connection, "lineage_staging.sql");
            QualityCounter quality = new QualityCounter();
            stageDeclarations(duckdb, snapshotId, quality);
            forEachStatement(connection, "lineage_numbered.sql", snapshotId);
            int nodes;
            int observed;
            try (PreparedStatement statement =
                            SqlResource.prepare(connection, LineageDerivation.class, "lineage_node_count.sql");
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                nodes = Math.toIntExact(rows.getLong(1));
                observed = Math.toIntExact(rows.getLong(2));
            }
            quality.dangling += nodes - observed;
            NodeLineage lineage = resolve(connection, nodes, quality);
            storeResults(duckdb, lineage);
            forEachStatement(connection, "lineage_store.sql", snapshotId);
            storeQuality(connection, snapshotId, quality.toQuality());
        } finally {
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of(
                        "lineage_declared",
                        "lineage_numbered",
                        "lineage_derived_node",
                        "lineage_derived_edge",
                        "lineage_derived_broken",
                        "lineage_derived_root")) {
                    statement.execute("DROP TABLE IF EXISTS " + table);
                }
            }
        }
    }

    private static List<Long> declaring(Connection connection) throws SQLException {
        List<Long> snapshots = new ArrayList<>();
        try (PreparedStatement statement =
                        SqlResource.prepare(connection, LineageDerivation.class, "declaring_models.sql");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                snapshots.add(rows.getLong(1));
            }
        }
        return snapshots;
    }

    private static void storeQuality(Connection connection, long snapshotId, LineageQuality quality)
            throws SQLException {
        try (PreparedStatement insert = SqlResource.prepare(
                connection,
                LineageDerivation.class,
                "lineage_quality_store.sql",
                snapshotId,
                quality.dangling(),
                quality.cycles(),
                quality.selfReferences(),
                quality.invalidIds(),
                quality.invalidDeclarations(),
                quality.disagreements())) {
            insert.executeUpdate();
        }
    }

    /** Parses the declarations of the snapshot's models into {@code lineage_declared}, counting what is malformed. */
    private void stageDeclarations(DuckDBConnection connection, long snapshotId, QualityCounter quality)
            throws SQLException {
        DeclarationParser parser = new DeclarationParser(json);
        try (PreparedStatement statement = SqlResource.prepare(
                        connection, LineageDerivation.class, "declared_base_models.sql", snapshotId);
                ResultSet rows = statement.executeQuery();
                DuckDBAppender appender = connection.createAppender("temp", "main", "lineage_declared")) {
            while (rows.next()) {
                String id = rows.getString(1);
                String tags = rows.getString(2);
                List<LineageLink> parents = parser.parents(
                        id,
                        StoredLineage.lines(tags),
                        Optional.ofNullable(rows.getString(3)),
                        Optional.ofNullable(rows.getString(4)),
                        rows.getBoolean(5),
                        quality);
                for (int position = 0; position < parents.size(); position++) {
                    appender.beginRow();
                    appender.append(id);
                    appender.append(position);
                    appender.append(parents.get(position).id());
                    appender.append(parents.get(position).relation().label());
                    appender.endRow();
                }
            }
        }
    }

    /** Reads the declarations as node numbers and resolves roots, depths and cycles. */
    private static NodeLineage resolve(Connection connection, int nodes, QualityCounter quality) throws SQLException {
        int[] declaredStart = new int[nodes + 1];
        int[] parents = new int[1024];
        Relation[] relations = new Relation[1024];
        int size = 0;
        try (PreparedStatement statement =
                        SqlResource.prepare(connection, LineageDerivation.class, "lineage_declared_nodes.sql");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                int child = rows.getInt(1);
                if (size == parents.length) {
                    parents = Arrays.copyOf(parents, size * 2);
                    relations = Arrays.copyOf(relations, size * 2);
                }
                parents[size] = rows.getInt(2);
                relations[size] = Relation.fromLabel(rows.getString(3));
                size++;
                declaredStart[child + 1] = size;
            }
        }
        for (int node = 0; node < nodes; node++) {
            declaredStart[node + 1] = Math.max(declaredStart[node + 1], declaredStart[node]);
        }
        return NodeLineage.resolve(
                nodes, declaredStart, Arrays.copyOf(parents, size), Arrays.copyOf(relations, size), quality);
    }

    /** Appends the results to the private tables, by node number: only derivatives and their edges. */
    private static void storeResults(DuckDBConnection connection, NodeLineage lineage) throws SQLException {
        try (DuckDBAppender nodes = connection.createAppender("temp", "main", "lineage_derived_node");
                DuckDBAppender edges = connection.createAppender("temp", "main", "lineage_derived_edge");
                DuckDBAppender roots = connection.createAppender("temp", "main", "lineage_derived_root")) {
            for (int node = 0; node < lineage.nodes; node++) {
                int position = 0;
                for (int edge = lineage.parentStart[node]; edge < lineage.parentStart[node + 1]; edge++) {
                    if (lineage.kept(edge)) {
                        edges.beginRow();
                        edges.append(node);
                        edges.append(position++);
                        edges.append(lineage.parentNode[edge]);
                        edges.append(lineage.parentRelation[edge].label());
                        edges.endRow();
                    }
                }
                Relation relation = lineage.relation(node);
                if (relation == null) {
                    continue;
                }
                int[] nodeRoots = lineage.roots[node];
                nodes.beginRow();
                nodes.append(node);
                nodes.append(relation.label());
                nodes.append(lineage.depth[node]);
                nodes.append(nodeRoots.length);
                nodes.endRow();
                for (int root : nodeRoots) {
                    roots.beginRow();
                    roots.append(node);
                    roots.append(root);
                    roots.endRow();
                }
            }
        }
        try (DuckDBAppender broken = connection.createAppender("temp", "main", "lineage_derived_broken")) {
            int ordinal = 0;
            for (int[] edge : lineage.brokenEdges) {
                broken.beginRow();
                broken.append(ordinal++);
                broken.append(edge[0]);
                broken.append(edge[1]);
                broken.endRow();
            }
        }
    }

    private static void forEachStatement(Connection connection, String resource, Object... parameters)
            throws SQLException {
        for (String sql : SqlResource.statements(LineageDerivation.class, resource)) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int index = 0; index < parameters.length; index++) {
                    statement.setObject(index + 1, parameters[index]);
                }
                statement.execute();
            }
        }
    }
}
