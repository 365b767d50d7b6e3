-- Stores empty quality counts for the snapshots in written_snapshot not derived one by one, where no model declares
-- a base model: every model is its own root, and nothing else is stored.
INSERT INTO lineage_quality
SELECT snapshot_id, 0, 0, 0, 0, 0, 0
FROM written_snapshot
WHERE snapshot_id NOT IN (SELECT snapshot_id FROM lineage_quality);
