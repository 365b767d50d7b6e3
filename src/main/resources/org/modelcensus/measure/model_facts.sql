-- Each model of one snapshot with its downloads, its uploader's registry attribution, and whether its tags mark a
-- re-packaged format. Parameters: all-time measure?, snapshot id.
SELECT
    o.model_id,
    o.namespace,
    CASE WHEN ? THEN o.downloads_all_time ELSE o.downloads_30d END AS downloads,
    r.organization,
    r.country,
    r.type,
    list_has_any(coalesce(o.tags, []), ['gguf', 'mlx', 'awq', 'gptq', 'exl2', 'compressed-tensors']) AS format_tag
FROM model_observation o
LEFT JOIN registry r ON r.namespace_key = lower(o.namespace)
WHERE o.snapshot_id = ?
ORDER BY o.model_id;
