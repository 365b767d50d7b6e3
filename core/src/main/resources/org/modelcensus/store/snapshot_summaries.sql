-- Every snapshot with the totals stored when it was imported; a total is NULL where the source has no such counts.
SELECT
    s.snapshot_id,
    s.snapshot_date,
    s.source,
    s.format,
    s.hub,
    coalesce(t.models, 0) AS models,
    t.downloads_30d,
    t.downloads_all_time,
    coalesce(t.models_declaring_base_models, 0) AS models_declaring_base_models
FROM snapshot s
LEFT JOIN snapshot_summary t ON t.snapshot_id = s.snapshot_id
ORDER BY s.snapshot_date, s.source;
