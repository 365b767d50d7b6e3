-- The roots each model is credited to in the origin view: all of its stored roots. Parameters: end snapshot id.
SELECT model_id, root_id, root_namespace, root_count
FROM lineage_root
WHERE snapshot_id = ?;
