-- Downloads per namespace of one hub's snapshot over a window, for `hubs`. Parameters: whether the snapshot's 30-day
-- counts are the measure (else the all-time delta), the window's start snapshot (its id, or -1 for none), the
-- window's end snapshot. The 30-day measure is the count at the end; the all-time delta of a model is its count at the
-- end less its count at the start (0 where absent there), never below 0.
SELECT
    e.namespace,
    sum(CASE
        WHEN ? THEN coalesce(e.downloads_30d, 0)
        ELSE greatest(coalesce(e.downloads_all_time, 0) - coalesce(b.downloads_all_time, 0), 0)
    END) AS downloads,
    count(*) AS models
FROM model_observation e
LEFT JOIN model_observation b ON b.snapshot_id = ? AND b.model_id = e.model_id
WHERE e.snapshot_id = ?
GROUP BY e.namespace
ORDER BY e.namespace;
