-- What deriving a snapshot's lineage had to survive. Parameters: snapshot id.
SELECT dangling, cycles, self_references, invalid_ids, invalid_declarations, disagreements
FROM lineage_quality
WHERE snapshot_id = ?;
