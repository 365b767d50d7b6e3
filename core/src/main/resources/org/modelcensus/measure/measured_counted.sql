-- The cohort's measured downloads under the counting choices (see Counting): stale 30-day counts as 0, spikes capped
-- (never below 0), re-packaged and suspected automated models left out. Parameters: stale as zero?, cap spikes?, drop
-- re-packaged?, drop automated?
SELECT
    m.model_id,
    m.namespace,
    CASE
        WHEN m.downloads IS NULL THEN NULL
        WHEN ? AND f.stale THEN CAST(0 AS BIGINT)
        WHEN ? AND c.excess IS NOT NULL THEN greatest(m.downloads - c.excess, 0)
        ELSE m.downloads
    END AS downloads,
    m.decreased,
    m.before_data,
    m.created_at
FROM measured_cohort m
JOIN model_flag f ON f.model_id = m.model_id
LEFT JOIN spike_cap c ON c.model_id = m.model_id
WHERE NOT (? AND f.repackaged) AND NOT (? AND f.automated IS NOT NULL);
