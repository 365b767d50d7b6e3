-- Measured downloads credited to their uploaders: registered namespaces by organisation (with its country and type),
-- unregistered namespaces one by one, or all in one row (namespace '*') when the grouping does not need them apart.
-- Parameters: unregistered namespaces apart?
WITH credited AS (
    SELECT
        r.organization,
        r.country,
        r.type,
        CASE WHEN r.namespace_key IS NULL THEN (CASE WHEN ? THEN m.namespace ELSE '*' END) END AS unregistered_namespace,
        m.downloads
    FROM measured_downloads m
    LEFT JOIN registry r ON r.namespace_key = lower(m.namespace)
)
SELECT
    organization,
    country,
    type,
    unregistered_namespace,
    CAST(coalesce(sum(downloads), 0) AS BIGINT) AS downloads,
    count(downloads) AS models
FROM credited
GROUP BY organization, country, type, unregistered_namespace
ORDER BY organization, country, type, unregistered_namespace;
