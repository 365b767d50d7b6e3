-- Every snapshot with its totals; a total is NULL where the source has no such counts.
SELECT
    s.snapshot_id,
    s.snapshot_date,
    s.source,
    s.format,
    count(o.model_id) AS models,
    sum(o.downloads_30d) AS downloads_30d,
    sum(o.downloads_all_time) AS downloads_all_time,
    count(o.model_id) FILTER (WHERE o.declares_base_model) AS models_declaring_base_models
FROM snapshot s
LEFT JOIN model_observation o ON o.snapshot_id = s.snapshot_id
GROUP BY s.snapshot_id, s.snapshot_date, s.source, s.format
ORDER BY s.snapshot_date, s.source;
