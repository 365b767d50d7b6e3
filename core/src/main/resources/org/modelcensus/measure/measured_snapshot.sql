-- The downloads each model of one snapshot counts under a point measure (30-day or all-time).
-- Parameters: all-time measure?, snapshot id.
SELECT
    model_id,
    namespace,
    CASE WHEN ? THEN downloads_all_time ELSE downloads_30d END AS downloads,
    FALSE AS decreased,
    FALSE AS before_data,
    created_at
FROM model_observation
WHERE snapshot_id = ?;
