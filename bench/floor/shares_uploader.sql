-- DuckDB alone: 30-day downloads by the uploader's country.
SELECT coalesce(r.country, 'UNKNOWN') AS country, sum(m.downloads) AS downloads, count(*) AS models
FROM models m
LEFT JOIN registry r ON r.namespace_key = lower(m.namespace)
GROUP BY 1
ORDER BY 2 DESC;
