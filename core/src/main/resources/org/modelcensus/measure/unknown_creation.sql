-- Models of a snapshot with a download count but no known creation time. Parameters: snapshot id, all-time measure?.
SELECT count(*)
FROM model_observation
WHERE snapshot_id = ?
  AND created_at IS NULL
  AND (CASE WHEN ? THEN downloads_all_time ELSE downloads_30d END) IS NOT NULL;
