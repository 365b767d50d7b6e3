-- The models of one snapshot with their namespaces, for linking the same model across hubs. Parameters: snapshot id.
SELECT model_id, namespace
FROM model_observation
WHERE snapshot_id = ?
ORDER BY model_id;
