-- Models of a window's start snapshot that its end snapshot lacks. Parameters: start snapshot id, end snapshot id.
SELECT count(*)
FROM model_observation s
WHERE s.snapshot_id = ?
  AND NOT EXISTS (SELECT 1 FROM model_observation e WHERE e.snapshot_id = ? AND e.model_id = s.model_id);
