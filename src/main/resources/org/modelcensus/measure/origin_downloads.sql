-- Measured downloads credited to the organisations of each model's roots (the origin view); unregistered root
-- namespaces one by one. A model is split equally among its roots (root_count; roots in one namespace add up), so the
-- downloads are summed as integers per number of roots and divided once, by the caller: no result depends on the
-- order rows are added in. A measured model without stored roots is its own root. Parameters: end snapshot id.
SELECT
    r.organization,
    r.country,
    r.type,
    CASE WHEN r.namespace_key IS NULL THEN coalesce(c.root_namespace, m.namespace) END AS unregistered_namespace,
    coalesce(c.root_count, 1) AS root_count,
    CAST(coalesce(sum(m.downloads), 0) AS BIGINT) AS downloads,
    count(DISTINCT CASE WHEN m.downloads IS NOT NULL THEN m.model_id END) AS models
FROM measured_downloads m
LEFT JOIN lineage_root c ON c.snapshot_id = ? AND c.model_id = m.model_id
LEFT JOIN registry r ON r.namespace_key = lower(coalesce(c.root_namespace, m.namespace))
GROUP BY
    r.organization,
    r.country,
    r.type,
    CASE WHEN r.namespace_key IS NULL THEN coalesce(c.root_namespace, m.namespace) END,
    coalesce(c.root_count, 1)
ORDER BY 1, 2, 3, 4, 5;
