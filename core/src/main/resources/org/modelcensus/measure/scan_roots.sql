-- The roots of the Hub models a code scan names (session relation scan_model: model_key, the id in lower case), from
-- the latest snapshot whose lineage holds each model; ids match regardless of case.
WITH latest AS (
    SELECT lower(node.model_id) AS model_key, max(node.snapshot_id) AS snapshot_id
    FROM lineage_node node
    JOIN scan_model ON lower(node.model_id) = scan_model.model_key
    GROUP BY lower(node.model_id)
)
SELECT latest.model_key, root.root_id, root.root_namespace
FROM latest
JOIN lineage_root root ON root.snapshot_id = latest.snapshot_id AND lower(root.model_id) = latest.model_key
ORDER BY latest.model_key, root.root_id;
