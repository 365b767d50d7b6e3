-- The derivatives of every root by their relation and their uploader's country (NULL where the registry does not
-- list the namespace), per number of roots they split among: their count and the integer sum of their downloads.
-- Only the roots of family_candidates.sql, composed before this query as family_candidates, are broken down.
-- Parameters: end snapshot id (three times).
SELECT
    c.root_id,
    n.relation,
    r.country,
    c.root_count,
    count(*) AS models,
    CAST(sum(m.downloads) AS BIGINT) AS downloads
FROM measured_downloads m
JOIN model_observation o ON o.snapshot_id = ? AND o.model_id = m.model_id
JOIN lineage_root c ON c.snapshot_id = ? AND c.model_id = m.model_id
JOIN lineage_node n ON n.snapshot_id = ? AND n.model_id = m.model_id
LEFT JOIN registry r ON r.namespace_key = lower(m.namespace)
WHERE m.downloads IS NOT NULL AND c.root_id IN (SELECT root_id FROM family_candidates)
GROUP BY c.root_id, n.relation, r.country, c.root_count
ORDER BY c.root_id, n.relation, r.country, c.root_count;
