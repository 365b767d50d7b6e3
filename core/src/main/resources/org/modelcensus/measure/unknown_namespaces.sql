-- The namespaces the registry does not list, by the downloads credited to them (through the roots of credited_root,
-- else the model's own namespace; a model split among roots credits each its part), largest first: what a registry
-- curator adds next. Parameters: limit.
WITH credited AS (
    SELECT
        coalesce(c.root_namespace, m.namespace) AS namespace,
        m.model_id,
        CAST(m.downloads AS DOUBLE) / coalesce(c.root_count, 1) AS downloads
    FROM measured_downloads m
    LEFT JOIN credited_root c ON c.model_id = m.model_id
    LEFT JOIN registry r ON r.namespace_key = lower(coalesce(c.root_namespace, m.namespace))
    WHERE r.namespace_key IS NULL AND m.downloads > 0
)
SELECT namespace, sum(downloads) AS downloads, count(DISTINCT model_id) AS models
FROM credited
GROUP BY namespace
ORDER BY downloads DESC, namespace
LIMIT ?;
