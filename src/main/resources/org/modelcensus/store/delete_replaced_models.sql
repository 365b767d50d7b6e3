-- Removes earlier rows of the models this import brings again, so re-importing never double-counts.
DELETE FROM model_observation o
USING (
    SELECT s.snapshot_id, l.model_id
    FROM import_latest l
    JOIN snapshot s ON s.snapshot_date = l.snapshot_date AND s.source = ?
) replaced
WHERE o.snapshot_id = replaced.snapshot_id AND o.model_id = replaced.model_id;
