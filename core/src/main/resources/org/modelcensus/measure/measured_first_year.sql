-- First-year downloads in a window (start, end]: for each model the source has observed by the end of the window,
-- with a known creation time, the part of its first 365 days that falls in the window, measured by its all-time
-- count at the latest snapshot of the source at or before each boundary (0 before the model appears; max_by with a
-- filter, which DuckDB and Spark share, rather than an ASOF join). Models whose
-- first year misses the window are left out. A model whose counted part starts before the source's first snapshot
-- cannot be measured: its downloads are NULL and it is flagged.
-- Parameters: source, window end (date), window start, window end.
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
        max_by(namespace, taken) AS namespace,
        max_by(created_at, taken) AS created_at
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
),
counted AS (
    SELECT
        m.model_id,
        m.namespace,
        m.created_at,
        m.counted_from,
        max_by(h.downloads_all_time, h.taken) FILTER (WHERE h.taken <= m.counted_to) AS at_end,
        max_by(h.downloads_all_time, h.taken) FILTER (WHERE h.taken <= m.counted_from) AS at_start
    FROM windows m
    JOIN history h ON h.model_id = m.model_id
    WHERE m.counted_from < m.counted_to
    GROUP BY m.model_id, m.namespace, m.created_at, m.counted_from
)
SELECT
    model_id,
    namespace,
    CASE
        WHEN counted_from < (SELECT min(taken) FROM history) THEN NULL
        ELSE greatest(coalesce(at_end, 0) - coalesce(at_start, 0), 0)
    END AS downloads,
    coalesce(at_end < at_start, FALSE) AS decreased,
    counted_from < (SELECT min(taken) FROM history) AS before_data,
    created_at
FROM counted
