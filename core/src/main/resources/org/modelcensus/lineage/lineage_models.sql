-- Every model of a snapshot with its kept parents (in the order declared, each "id relation" on one line), its roots
-- (in id order, one per line; a model without a stored root is its own) and its depth, in id order.
-- Parameters: snapshot id (four times).
WITH parents AS (
    SELECT child_id, string_agg(parent_id || ' ' || relation, chr(10) ORDER BY position) AS parents
    FROM lineage_edge
    WHERE snapshot_id = ?
    GROUP BY child_id
),
roots AS (
    SELECT model_id, string_agg(root_id, chr(10) ORDER BY root_id) AS roots
    FROM lineage_root
    WHERE snapshot_id = ?
    GROUP BY model_id
)
SELECT o.model_id, p.parents, coalesce(r.roots, o.model_id) AS roots, coalesce(n.depth, 0) AS depth
FROM model_observation o
LEFT JOIN parents p ON p.child_id = o.model_id
LEFT JOIN roots r ON r.model_id = o.model_id
LEFT JOIN lineage_node n ON n.snapshot_id = ? AND n.model_id = o.model_id
WHERE o.snapshot_id = ?
ORDER BY o.model_id;
