-- The downloads each model of the end snapshot received in a window: its all-time count at the end minus that at
-- the start (0 when it is absent at the start; unknown when the start snapshot holds it without a count); a
-- decrease counts 0 and is flagged.
-- Parameters: start snapshot id, end snapshot id.
SELECT
    e.model_id,
    e.namespace,
    CASE
        WHEN e.downloads_all_time IS NULL THEN NULL
        WHEN s.model_id IS NOT NULL AND s.downloads_all_time IS NULL THEN NULL
        ELSE greatest(e.downloads_all_time - coalesce(s.downloads_all_time, 0), 0)
    END AS downloads,
    coalesce(e.downloads_all_time < s.downloads_all_time, FALSE) AS decreased,
    FALSE AS before_data,
    e.created_at
FROM model_observation e
LEFT JOIN model_observation s ON s.snapshot_id = ? AND s.model_id = e.model_id
WHERE e.snapshot_id = ?;
