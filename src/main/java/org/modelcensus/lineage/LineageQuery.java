package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SnapshotSummary;
import org.modelcensus.store.SqlResource;

/** Builds the lineage graph of a snapshot from the declarations stored with its models. */
public final class LineageQuery {
    private final CensusStore store;
    private final DeclarationParser parser;
    private long cachedSnapshot = -1;
    private LineageGraph cached;

    public LineageQuery(CensusStore store, ObjectMapper json) {
        this.store = requireNonNull(store, "store is null");
        this.parser = new DeclarationParser(json);
    }

    /** The graph of a snapshot; the last one built is kept, as a report asks for it several times. */
    public LineageGraph graph(SnapshotSummary snapshot) {
        requireNonNull(snapshot, "snapshot is null");
        if (cachedSnapshot != snapshot.id()) {
            cached = build(snapshot);
            cachedSnapshot = snapshot.id();
        }
        return cached;
    }

    private LineageGraph build(SnapshotSummary snapshot) {
        QualityCounter quality = new QualityCounter();
        List<DeclaredModel> models = new ArrayList<>((int) Math.min(snapshot.models(), Integer.MAX_VALUE - 8));
        try (PreparedStatement statement =
                store.connection().prepareStatement(SqlResource.load(LineageQuery.class, "declared_base_models.sql"))) {
            statement.setLong(1, snapshot.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString("model_id");
                    List<LineageLink> parents = parser.parents(
                            id,
                            lines(rows.getString("base_model_tags")),
                            Optional.ofNullable(rows.getString("base_model_declaration")),
                            Optional.ofNullable(rows.getString("base_model_relation")),
                            quality);
                    models.add(new DeclaredModel(id, rows.getString("namespace"), parents));
                }
            }
        } catch (SQLException e) {
            throw CensusStore.failure("cannot read the base models declared in snapshot " + snapshot.label(), e);
        }
        return LineageGraph.build(models, quality);
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
