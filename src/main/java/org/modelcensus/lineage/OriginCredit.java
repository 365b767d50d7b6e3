package org.modelcensus.lineage;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.modelcensus.store.CensusStore;
import org.modelcensus.store.SqlResource;

/**
 * The origin view's credit: each model's downloads go to the namespaces of its roots, split equally when it has
 * several (roots in one namespace add up to one row). Written into the temporary table {@code origin_credit} for the
 * measures to join.
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
                Map<String, Double> byNamespace = new LinkedHashMap<>();
                for (String root : roots) {
                    byNamespace.merge(graph.namespace(root), 1.0 / roots.size(), Double::sum);
                }
                for (Map.Entry<String, Double> credit : byNamespace.entrySet()) {
                    appender.beginRow();
                    appender.append(model);
                    appender.append(credit.getKey());
                    appender.append(credit.getValue());
                    appender.endRow();
                }
            }
        } catch (SQLException e) {
            throw CensusStore.failure("cannot fill the origin credit table", e);
        }
    }
}
