-- Downloads of one snapshot credited to the organisations of each model's roots (the origin view), split by the
-- weights in origin_credit; unregistered root namespaces one by one.
-- Parameters: all-time measure?, all-time measure?, snapshot id.
SELECT
    r.organization,
    r.country,
    r.type,
    CASE WHEN r.namespace_key IS NULL THEN c.root_namespace END AS unregistered_namespace,
    coalesce(sum(c.weight * CASE WHEN ? THEN o.downloads_all_time ELSE o.downloads_30d END), 0) AS downloads,
    count(CASE WHEN ? THEN o.downloads_all_time ELSE o.downloads_30d END) AS models
FROM model_observation o
JOIN origin_credit c ON c.model_id = o.model_id
LEFT JOIN registry r ON r.namespace_key = lower(c.root_namespace)
WHERE o.snapshot_id = ?
GROUP BY ALL
ORDER BY ALL;
