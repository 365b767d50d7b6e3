-- The kept edges of a snapshot whose child is a node of lineage_around.sql's set (so every such node's parents are
-- complete), by child and in the order declared. Parameters: snapshot id, model id, model id, snapshot id.
WITH RECURSIVE
edges AS (
    SELECT child_id, parent_id FROM lineage_edge WHERE snapshot_id = ?
),
ancestors(model_id) AS (
    SELECT CAST(? AS VARCHAR)
    UNION
    SELECT e.parent_id FROM edges e JOIN ancestors a ON e.child_id = a.model_id
),
descendants(model_id) AS (
    SELECT CAST(? AS VARCHAR)
    UNION
    SELECT e.child_id FROM edges e JOIN descendants d ON e.parent_id = d.model_id
),
related AS (
    -- grouped rather than UNION: DuckDB 1.4 returns the start twice from a UNION of the two recursive results
    SELECT model_id FROM (SELECT model_id FROM ancestors UNION ALL SELECT model_id FROM descendants) GROUP BY model_id
)
SELECT e.child_id, e.parent_id, e.relation
FROM lineage_edge e
JOIN related r ON r.model_id = e.child_id
WHERE e.snapshot_id = ?
ORDER BY e.child_id, e.position;
