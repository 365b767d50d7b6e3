-- Per uploader namespace of the end snapshot, its measured models and how many of them are re-packaged derivatives:
-- declared quantized, or declaring a base model and tagged with a re-packaged format; with the registry's entry for
-- the namespace. Parameters: end snapshot id (twice), the least number of models.
SELECT
    m.namespace,
    count(*) AS models,
    count(*) FILTER (
        WHERE n.relation = 'quantized'
            OR (n.relation IS NOT NULL
                AND list_has_any(coalesce(o.tags, []), ['gguf', 'mlx', 'awq', 'gptq', 'exl2', 'compressed-tensors']))
    ) AS repackaged,
    r.organization,
    r.country,
    r.type
FROM measured_downloads m
JOIN model_observation o ON o.snapshot_id = ? AND o.model_id = m.model_id
LEFT JOIN lineage_node n ON n.snapshot_id = ? AND n.model_id = m.model_id
LEFT JOIN registry r ON r.namespace_key = lower(m.namespace)
WHERE m.downloads IS NOT NULL
GROUP BY m.namespace, r.organization, r.country, r.type
HAVING count(*) >= ?
ORDER BY m.namespace;
