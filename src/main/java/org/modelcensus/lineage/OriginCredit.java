package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SqlResource;

/**
 * The origin view's credit: each model's downloads go to the namespaces of its roots, split equally when it has
 * several. Written into the temporary table {@code origin_credit} for the measures to join.
 */
public final class OriginCredit {
    private OriginCredit() {}

    public static void install(CensusStore store, LineageGraph graph) {
        requireNonNull(store, "store is null");
        requireNonNull(graph, "graph is null");
        try (Statement statement = store.connection().createStatement()) {
            statement.execute(SqlResource.load(OriginCredit.class, "origin_credit.sql"));
        } catch (SQLException e) {
            throw CensusStore.failure("cannot create the origin credit table", e);
        }
        try (DuckDBAppender appender = store.connection().createAppender("temp", "main", "origin_credit")) {
            for (String model : graph.modelIds()) {
                List<String> roots = graph.roots(model);
                double weight = 1.0 / roots.size();
                for (String root : roots) {
                    appender.beginRow();
                    appender.append(model);
                    appender.append(graph.namespace(root));
                    appender.append(weight);
                    appender.endRow();
                }
            }
        } catch (SQLException e) {
            throw CensusStore.failure("cannot fill the origin credit table", e);
        }
    }
}
