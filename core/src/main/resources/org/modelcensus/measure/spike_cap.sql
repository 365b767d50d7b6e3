-- For a window over all-time counts, the models whose largest step between consecutive snapshots of the source carries
-- more than the spike share of their gain, over enough steps to tell a spike from growth, and how much that step
-- exceeds the next-largest (excess): capping counts the spike as the next-largest step. A model's first count in the
-- window is no step. Parameters: source, start date, end date, least steps, spike share in percent.
WITH observed AS (
    SELECT o.model_id, s.snapshot_date, o.downloads_all_time
    FROM model_observation o
    JOIN snapshot s ON s.snapshot_id = o.snapshot_id
    WHERE s.source = ? AND s.snapshot_date >= ? AND s.snapshot_date <= ? AND o.downloads_all_time IS NOT NULL
),
stepped AS (
    SELECT
        model_id,
        greatest(
            downloads_all_time - lag(downloads_all_time) OVER (PARTITION BY model_id ORDER BY snapshot_date), 0
        ) AS step
    FROM observed
),
ranked AS (
    SELECT model_id, step, row_number() OVER (PARTITION BY model_id ORDER BY step DESC) AS position
    FROM stepped
    WHERE step IS NOT NULL
),
summed AS (
    SELECT
        model_id,
        count(*) AS steps,
        sum(step) AS gain,
        max(CASE WHEN position = 1 THEN step END) AS largest,
        coalesce(max(CASE WHEN position = 2 THEN step END), 0) AS next_largest
    FROM ranked
    GROUP BY model_id
)
SELECT model_id, largest - next_largest AS excess
FROM summed
WHERE steps >= ? AND largest * 100 > ? * gain;
