-- First-year downloads in a window (start, end]: for each model the source has observed by the end of the window,
-- with a known creation time, the part of its first 365 days that falls in the window, measured by its all-time
-- count at the latest snapshot of the source at or before each boundary (0 before the model appears). Models whose
-- first year misses the window are left out. A model whose counted part starts before the source's first snapshot
-- cannot be measured: its downloads are NULL and it is flagged.
-- Parameters: source, window end (date), window start, window end.
CREATE OR REPLACE TEMP TABLE measured_downloads AS
WITH history AS (
    SELECT
        o.model_id,
        o.namespace,
        o.created_at,
        CAST(s.snapshot_date AS TIMESTAMP) AS taken,
        o.downloads_all_time
    FROM model_observation o
    JOIN snapshot s ON s.snapshot_id = o.snapshot_id
    WHERE s.source = ? AND o.downloads_all_time IS NOT NULL AND s.snapshot_date <= CAST(? AS DATE)
),
models AS (
    SELECT
        model_id,
        arg_max(namespace, taken) AS namespace,
        arg_max(created_at, taken) AS created_at
    FROM history
    GROUP BY model_id
),
windows AS (
    SELECT
        model_id,
        namespace,
        created_at,
        greatest(CAST(? AS TIMESTAMP), created_at) AS counted_from,
        least(CAST(? AS TIMESTAMP), created_at + INTERVAL 365 DAY) AS counted_to
    FROM models
    WHERE created_at IS NOT NULL
)
SELECT
    m.model_id,
    m.namespace,
    CASE
        WHEN m.counted_from < (SELECT min(taken) FROM history) THEN NULL
        ELSE greatest(coalesce(at_end.downloads_all_time, 0) - coalesce(at_start.downloads_all_time, 0), 0)
    END AS downloads,
    coalesce(at_end.downloads_all_time < at_start.downloads_all_time, FALSE) AS decreased,
    m.counted_from < (SELECT min(taken) FROM history) AS before_data,
    m.created_at
FROM windows m
ASOF LEFT JOIN history at_end ON m.model_id = at_end.model_id AND m.counted_to >= at_end.taken
ASOF LEFT JOIN history at_start ON m.model_id = at_start.model_id AND m.counted_from >= at_start.taken
WHERE m.counted_from < m.counted_to;
