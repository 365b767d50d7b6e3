-- Measured downloads credited to the organisations of each model's roots (the origin view); unregistered root
-- namespaces one by one, or all in one row (namespace '*') when the grouping does not need them apart. A model is
-- split equally among its roots (root_count; roots in one namespace add up), so the downloads are summed as integers
-- per number of roots and divided once, by the caller: no result depends on the order rows are added in. A measured
-- model without roots in credited_root is its own root. Parameters: unregistered namespaces apart?
WITH credited AS (
    SELECT
        r.organization,
        r.country,
        r.type,
        CASE
            WHEN r.namespace_key IS NULL THEN (CASE WHEN ? THEN coalesce(c.root_namespace, m.namespace) ELSE '*' END)
        END AS unregistered_namespace,
        coalesce(c.root_count, 1) AS root_count,
        m.model_id,
        m.downloads
    FROM measured_downloads m
    LEFT JOIN credited_root c ON c.model_id = m.model_id
    LEFT JOIN registry r ON r.namespace_key = lower(coalesce(c.root_namespace, m.namespace))
)
SELECT
    organization,
    country,
    type,
    unregistered_namespace,
    root_count,
    CAST(coalesce(sum(downloads), 0) AS BIGINT) AS downloads,
    count(DISTINCT CASE WHEN downloads IS NOT NULL THEN model_id END) AS models
FROM credited
GROUP BY organization, country, type, unregistered_namespace, root_count
ORDER BY organization, country, type, unregistered_namespace, root_count;
