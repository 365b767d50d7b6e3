-- The roots a re-packaged model is credited to when re-packaged derivatives go to their roots in the uploader view:
-- the stored roots of the models model_flag marks re-packaged; every other model is its own root. Parameters: end
-- snapshot id.
SELECT c.model_id, c.root_id, c.root_namespace, c.root_count
FROM lineage_root c
JOIN model_flag f ON f.model_id = c.model_id
WHERE c.snapshot_id = ? AND f.repackaged;
