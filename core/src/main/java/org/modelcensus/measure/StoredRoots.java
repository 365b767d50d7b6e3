package org.modelcensus.measure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.modelcensus.engine.Engine;
import org.modelcensus.engine.SqlQuery;
import org.modelcensus.source.ModelId;

/** The roots the store's lineage gives the Hub models a code scan names: the origin view of a dependence. */
public final class StoredRoots {
    private final Engine engine;

    public StoredRoots(Engine engine) {
        this.engine = requireNonNull(engine, "engine is null");
    }

    /** One root of a model: its Hub id and namespace. */
    public record Root(String id, String namespace) {
        public Root {
            requireNonNull(id, "id is null");
            requireNonNull(namespace, "namespace is null");
        }
    }

    /** Each model's roots in the latest snapshot whose lineage holds it, by the model's id in lower case. */
    public Map<String, List<Root>> roots(Collection<ModelId> models) {
        List<List<String>> keys = models.stream()
                .map(model -> model.toString().toLowerCase(Locale.ROOT))
                .distinct()
                .sorted()
                .map(List::of)
                .toList();
        engine.install("scan_model", List.of("model_key"), keys);
        Map<String, List<Root>> roots = new TreeMap<>();
        engine.forEach(
                SqlQuery.of(engine.dialect(), StoredRoots.class, "scan_roots.sql"),
                row -> roots.computeIfAbsent(row.getString(1), key -> new ArrayList<>())
                        .add(new Root(row.getString(2), row.getString(3))));
        return roots;
    }
}
