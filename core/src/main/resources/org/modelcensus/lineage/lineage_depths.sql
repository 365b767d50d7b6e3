-- The models of a snapshot that derive from a base model, by depth (every other model is a root, at depth 0).
-- Parameters: snapshot id.
SELECT depth, count(*) AS models
FROM lineage_node
WHERE snapshot_id = ? AND in_snapshot AND depth > 0
GROUP BY depth
ORDER BY depth;
