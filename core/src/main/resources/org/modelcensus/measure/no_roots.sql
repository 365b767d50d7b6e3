-- No model is credited to roots (the uploader view): the shape of lineage_roots.sql without rows. Parameters: end
-- snapshot id.
SELECT model_id, root_id, root_namespace, root_count
FROM lineage_root
WHERE snapshot_id = ? AND FALSE;
