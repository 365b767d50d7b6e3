-- Every root with a derivative in the end snapshot: its namespace, whether it is a model of the snapshot, and its
-- own measured downloads (NULL when it has none). Parameters: end snapshot id (twice).
WITH roots AS (
    SELECT DISTINCT root_id, root_namespace FROM lineage_root WHERE snapshot_id = ?
),
in_end AS (
    SELECT model_id FROM model_observation WHERE snapshot_id = ?
)
SELECT
    x.root_id,
    x.root_namespace,
    e.model_id IS NOT NULL AS in_snapshot,
    CASE WHEN e.model_id IS NOT NULL THEN m.downloads END AS downloads
FROM roots x
LEFT JOIN in_end e ON e.model_id = x.root_id
LEFT JOIN measured_downloads m ON m.model_id = x.root_id
ORDER BY x.root_id;
