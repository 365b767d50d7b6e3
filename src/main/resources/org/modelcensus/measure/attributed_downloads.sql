-- Measured downloads credited to their uploaders: registered namespaces by organisation (with its country and type),
-- unregistered namespaces one by one.
SELECT
    r.organization,
    r.country,
    r.type,
    CASE WHEN r.namespace_key IS NULL THEN m.namespace END AS unregistered_namespace,
    CAST(coalesce(sum(m.downloads), 0) AS BIGINT) AS downloads,
    count(m.downloads) AS models
FROM measured_downloads m
LEFT JOIN registry r ON r.namespace_key = lower(m.namespace)
GROUP BY ALL
ORDER BY ALL;
