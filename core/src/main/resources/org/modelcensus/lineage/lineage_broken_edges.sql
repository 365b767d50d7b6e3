-- The declarations dropped to break cycles, in the order they were broken. Parameters: snapshot id.
SELECT child_id, parent_id
FROM lineage_broken_edge
WHERE snapshot_id = ?
ORDER BY ordinal;
