-- The downloads each root's derivatives bring its family, in the end snapshot: for every root, per number of roots
-- its derivatives split among, the integer sum of their downloads and their count (the caller divides once, so no
-- result depends on the order of rows). Only models measured and in the end snapshot count.
-- Parameters: end snapshot id (twice).
SELECT c.root_id, c.root_count, CAST(sum(m.downloads) AS BIGINT) AS downloads, count(*) AS models
FROM measured_downloads m
JOIN model_observation o ON o.snapshot_id = ? AND o.model_id = m.model_id
JOIN lineage_root c ON c.snapshot_id = ? AND c.model_id = m.model_id
WHERE m.downloads IS NOT NULL
GROUP BY c.root_id, c.root_count
ORDER BY c.root_id, c.root_count;
