-- Stores the totals of the snapshots in written_snapshot as their rows are now.
DELETE FROM snapshot_summary WHERE snapshot_id IN (SELECT snapshot_id FROM written_snapshot);

INSERT INTO snapshot_summary
SELECT
    w.snapshot_id,
    count(o.model_id),
    sum(o.downloads_30d),
    sum(o.downloads_all_time),
    count(o.model_id) FILTER (WHERE o.declares_base_model)
FROM written_snapshot w
LEFT JOIN model_observation o ON o.snapshot_id = w.snapshot_id
GROUP BY w.snapshot_id;
