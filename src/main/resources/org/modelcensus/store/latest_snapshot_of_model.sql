-- The latest snapshot holding a model. Parameters: model id.
SELECT o.snapshot_id
FROM model_observation o
JOIN snapshot s ON s.snapshot_id = o.snapshot_id
WHERE o.model_id = ?
ORDER BY s.snapshot_date DESC, s.source
LIMIT 1;
