-- Measured downloads credited to the organisations of each model's roots (the origin view), split by the weights in
-- origin_credit; unregistered root namespaces one by one. A measured model the lineage graph does not hold (first-year
-- downloads count models gone from the last snapshot) is its own root. A model whose credit is split counts once in
-- each group it credits.
SELECT
    r.organization,
    r.country,
    r.type,
    CASE WHEN r.namespace_key IS NULL THEN coalesce(c.root_namespace, m.namespace) END AS unregistered_namespace,
    coalesce(sum(coalesce(c.weight, 1.0) * m.downloads), 0) AS downloads,
    count(DISTINCT CASE WHEN m.downloads IS NOT NULL THEN m.model_id END) AS models
FROM measured_downloads m
LEFT JOIN origin_credit c ON c.model_id = m.model_id
LEFT JOIN registry r ON r.namespace_key = lower(coalesce(c.root_namespace, m.namespace))
GROUP BY ALL
ORDER BY ALL;
