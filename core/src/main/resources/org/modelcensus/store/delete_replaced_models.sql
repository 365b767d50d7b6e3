-- Removes earlier rows of the models this import brings again, so re-importing never double-counts (an id spelt
-- with other case is the same model).
DELETE FROM model_observation o
USING (
    SELECT s.snapshot_id, lower(l.model_id) AS model_key
    FROM import_latest l
    JOIN snapshot s ON s.snapshot_date = l.snapshot_date AND s.source = ?
) replaced
WHERE o.snapshot_id = replaced.snapshot_id AND lower(o.model_id) = replaced.model_key;
