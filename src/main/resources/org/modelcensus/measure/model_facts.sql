-- Each measured model with its downloads, its uploader's registry attribution, and whether its tags (in the end
-- snapshot) mark a re-packaged format. Parameters: end snapshot id.
SELECT
    m.model_id,
    m.namespace,
    m.downloads,
    r.organization,
    r.country,
    r.type,
    list_has_any(coalesce(o.tags, []), ['gguf', 'mlx', 'awq', 'gptq', 'exl2', 'compressed-tensors']) AS format_tag
FROM measured_downloads m
JOIN model_observation o ON o.snapshot_id = ? AND o.model_id = m.model_id
LEFT JOIN registry r ON r.namespace_key = lower(m.namespace)
WHERE m.downloads IS NOT NULL
ORDER BY m.model_id;
