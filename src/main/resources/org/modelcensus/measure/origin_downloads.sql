-- Measured downloads credited to the organisations of each model's roots (the origin view), split by the weights in
-- origin_credit; unregistered root namespaces one by one.
SELECT
    r.organization,
    r.country,
    r.type,
    CASE WHEN r.namespace_key IS NULL THEN c.root_namespace END AS unregistered_namespace,
    coalesce(sum(c.weight * m.downloads), 0) AS downloads,
    count(m.downloads) AS models
FROM measured_downloads m
JOIN origin_credit c ON c.model_id = m.model_id
LEFT JOIN registry r ON r.namespace_key = lower(c.root_namespace)
GROUP BY ALL
ORDER BY ALL;
