-- Downloads of one snapshot credited to their uploaders: registered namespaces by organisation (with its country
-- and type), unregistered namespaces one by one. Parameters: all-time measure?, all-time measure?, snapshot id.
SELECT
    r.organization,
    r.country,
    r.type,
    CASE WHEN r.namespace_key IS NULL THEN o.namespace END AS unregistered_namespace,
    coalesce(sum(CASE WHEN ? THEN o.downloads_all_time ELSE o.downloads_30d END), 0) AS downloads,
    count(CASE WHEN ? THEN o.downloads_all_time ELSE o.downloads_30d END) AS models
FROM model_observation o
LEFT JOIN registry r ON r.namespace_key = lower(o.namespace)
WHERE o.snapshot_id = ?
GROUP BY ALL
ORDER BY ALL;
