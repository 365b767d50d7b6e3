-- A node of a snapshot's graph with its ancestors and descendants, in two kinds of rows: first 'edge' rows, the kept
-- edges whose child is one of those nodes (so each node's parents are complete), by child in declaration order;
-- then 'node' rows, each node with its namespace, whether it is a model of the snapshot, its depth and its roots
-- (in id order, one per line). A model of the snapshot on no edge is its own root.
-- Parameters: snapshot id, model id, model id, snapshot id (four times).
WITH RECURSIVE
edges AS (
    SELECT child_id, parent_id FROM lineage_edge WHERE snapshot_id = ?
),
ancestors(model_id) AS (
    SELECT CAST(? AS STRING)
    UNION
    SELECT e.parent_id FROM edges e JOIN ancestors a ON e.child_id = a.model_id
),
descendants(model_id) AS (
    SELECT CAST(? AS STRING)
    UNION
    SELECT e.child_id FROM edges e JOIN descendants d ON e.parent_id = d.model_id
),
related AS (
    -- grouped rather than UNION: DuckDB 1.4 returns the start twice from a UNION of the two recursive results
    SELECT model_id FROM (SELECT model_id FROM ancestors UNION ALL SELECT model_id FROM descendants) GROUP BY model_id
)
SELECT
    'edge' AS kind,
    e.child_id AS model_id,
    e.parent_id,
    e.relation,
    e.position,
    NULL AS namespace,
    NULL AS in_snapshot,
    NULL AS depth,
    NULL AS roots
FROM lineage_edge e
JOIN related r ON r.model_id = e.child_id
WHERE e.snapshot_id = ?
UNION ALL
SELECT
    'node' AS kind,
    r.model_id,
    NULL,
    NULL,
    NULL,
    coalesce(n.namespace, o.namespace),
    coalesce(n.in_snapshot, o.model_id IS NOT NULL),
    coalesce(n.depth, 0),
    coalesce(
        (SELECT string_agg(x.root_id, chr(10) ORDER BY x.root_id) FROM lineage_root x
         WHERE x.snapshot_id = ? AND x.model_id = r.model_id),
        r.model_id)
FROM related r
LEFT JOIN lineage_node n ON n.snapshot_id = ? AND n.model_id = r.model_id
LEFT JOIN model_observation o ON o.snapshot_id = ? AND o.model_id = r.model_id
WHERE n.model_id IS NOT NULL OR o.model_id IS NOT NULL
ORDER BY kind, model_id, position;
