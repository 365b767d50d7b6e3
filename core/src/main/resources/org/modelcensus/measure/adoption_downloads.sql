-- Each model of a source created on or after its first snapshot (so that its count from 0 is known) whose first N
-- days the source covers: its all-time downloads at
-- N days after creation (at the latest snapshot on or before that moment) and its total parameter count (the curated
-- table first, else the latest count any snapshot of the store gives). Parameters: source, days.
WITH history AS (
    SELECT o.model_id, o.namespace, o.created_at, CAST(s.snapshot_date AS TIMESTAMP) AS taken, o.downloads_all_time
    FROM model_observation o
    JOIN snapshot s ON s.snapshot_id = o.snapshot_id
    WHERE s.source = ? AND o.downloads_all_time IS NOT NULL
),
models AS (
    SELECT model_id, max_by(namespace, taken) AS namespace, max_by(created_at, taken) AS created_at
    FROM history
    GROUP BY model_id
),
targets AS (
    SELECT model_id, namespace, created_at, created_at + to_days(CAST(? AS INTEGER)) AS at_age
    FROM models
    WHERE created_at IS NOT NULL AND created_at >= (SELECT min(taken) FROM history)
),
sizes AS (
    SELECT o.model_id, max_by(o.parameters, s.snapshot_date) AS parameters
    FROM model_observation o
    JOIN snapshot s ON s.snapshot_id = o.snapshot_id
    WHERE o.parameters IS NOT NULL
    GROUP BY o.model_id
),
aged AS (
    SELECT t.model_id, t.namespace, t.created_at, max_by(h.downloads_all_time, h.taken) AS downloads
    FROM targets t
    LEFT JOIN history h ON h.model_id = t.model_id AND h.taken <= t.at_age
    WHERE t.at_age <= (SELECT max(taken) FROM history)
    GROUP BY t.model_id, t.namespace, t.created_at
)
SELECT
    a.model_id,
    a.namespace,
    a.created_at,
    coalesce(CAST(c.total_parameters AS BIGINT), z.parameters) AS parameters,
    coalesce(a.downloads, 0) AS downloads
FROM aged a
LEFT JOIN curated_parameters c ON c.model_id = a.model_id
LEFT JOIN sizes z ON z.model_id = a.model_id
ORDER BY a.model_id;
