-- The measured models with downloads that an earlier snapshot lacks (a series' changing panel), and their downloads;
-- ids match regardless of case, as on the Hub.
-- Parameters: the earlier snapshot id.
SELECT count(*) AS entered, CAST(coalesce(sum(m.downloads), 0) AS BIGINT) AS downloads
FROM measured_downloads m
LEFT JOIN model_observation p ON p.snapshot_id = ? AND lower(p.model_id) = lower(m.model_id)
WHERE p.model_id IS NULL AND m.downloads > 0;
