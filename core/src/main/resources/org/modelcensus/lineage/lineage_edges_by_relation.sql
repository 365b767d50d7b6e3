-- A snapshot's kept parent edges by relation. Parameters: snapshot id.
SELECT relation, count(*) AS edges
FROM lineage_edge
WHERE snapshot_id = ?
GROUP BY relation
ORDER BY relation;
