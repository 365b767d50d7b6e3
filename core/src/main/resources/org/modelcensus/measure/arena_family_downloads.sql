-- The downloads of each mapped leaderboard model's own Hub repository and of its family in the end snapshot: the
-- family's root (the first root its lineage stored, or the model itself where it declares none), the root's own
-- downloads and every derivative's, each split equally among its roots. Parameters: end snapshot id (three times).
WITH wanted AS (
    SELECT DISTINCT hub_id FROM arena_model WHERE hub_id <> ''
),
root_of AS (
    SELECT w.hub_id, coalesce(min(r.root_id), w.hub_id) AS root_id
    FROM wanted w
    LEFT JOIN lineage_root r ON r.snapshot_id = ? AND r.model_id = w.hub_id
    GROUP BY w.hub_id
),
derivatives AS (
    SELECT x.hub_id, sum(CAST(m.downloads AS DOUBLE) / c.root_count) AS downloads, count(*) AS models
    FROM root_of x
    JOIN lineage_root c ON c.snapshot_id = ? AND c.root_id = x.root_id
    JOIN measured_downloads m ON m.model_id = c.model_id
    WHERE m.downloads IS NOT NULL
    GROUP BY x.hub_id
),
in_end AS (
    SELECT model_id FROM model_observation WHERE snapshot_id = ?
)
SELECT
    x.hub_id,
    x.root_id,
    e.model_id IS NOT NULL AS in_snapshot,
    own.downloads AS own_downloads,
    root.downloads AS root_downloads,
    coalesce(d.downloads, 0) AS derivative_downloads,
    coalesce(d.models, 0) AS derivatives
FROM root_of x
LEFT JOIN in_end e ON e.model_id = x.hub_id
LEFT JOIN measured_downloads own ON own.model_id = x.hub_id
LEFT JOIN measured_downloads root ON root.model_id = x.root_id
LEFT JOIN derivatives d ON d.hub_id = x.hub_id
ORDER BY x.hub_id
