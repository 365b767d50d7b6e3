-- Each declaration as node numbers, by child and in the order declared: a parent matches a node of the same id,
-- else the first node (in id order) of the same id regardless of case.
WITH by_key AS (
    SELECT model_key, min(node) AS node
    FROM lineage_numbered
    GROUP BY model_key
)
SELECT c.node AS child, coalesce(exact.node, k.node) AS parent, d.relation
FROM lineage_declared d
JOIN lineage_numbered c ON c.model_id = d.child_id AND c.in_snapshot
LEFT JOIN lineage_numbered exact ON exact.model_id = d.parent_ref
LEFT JOIN by_key k ON k.model_key = lower(d.parent_ref)
ORDER BY c.node, d.position;
