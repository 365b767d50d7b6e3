-- DuckDB alone: the origin view with a recursive CTE. Edges from the base_model tags (matched regardless of case),
-- each model walked up to its roots (at most 30 steps, which stands in for cycle breaking), its downloads split
-- equally among them, grouped by the roots' country.
WITH RECURSIVE
declared AS (
    SELECT DISTINCT id AS child, regexp_extract(tag, '^base_model:(?:(?:finetune|adapter|quantized|merge):)?(.+)$', 1) AS parent
    FROM (SELECT id, unnest(tags) AS tag FROM models)
    WHERE tag LIKE 'base_model:%'
),
keys AS (
    SELECT lower(id) AS model_key, min(id) AS id FROM models GROUP BY 1
),
edges AS (
    SELECT DISTINCT d.child, coalesce(k.id, d.parent) AS parent
    FROM declared d
    LEFT JOIN keys k ON k.model_key = lower(d.parent)
    WHERE coalesce(k.id, d.parent) <> d.child
),
walk(model, node, steps) AS (
    SELECT child, child, 0 FROM (SELECT DISTINCT child FROM edges)
    UNION ALL
    SELECT w.model, e.parent, w.steps + 1
    FROM walk w
    JOIN edges e ON e.child = w.node
    WHERE w.steps < 30
),
roots AS (
    SELECT DISTINCT model, node AS root
    FROM walk w
    WHERE NOT EXISTS (SELECT 1 FROM edges e WHERE e.child = w.node)
),
credit AS (
    SELECT m.id, coalesce(x.root, m.id) AS root, m.downloads,
        count(*) OVER (PARTITION BY m.id) AS root_count
    FROM models m
    LEFT JOIN roots x ON x.model = m.id
)
SELECT coalesce(r.country, 'UNKNOWN') AS country, sum(c.downloads / c.root_count) AS downloads
FROM credit c
LEFT JOIN registry r ON r.namespace_key = lower(split_part(c.root, '/', 1))
GROUP BY 1
ORDER BY 2 DESC;
