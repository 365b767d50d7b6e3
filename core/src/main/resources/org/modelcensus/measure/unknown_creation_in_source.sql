-- Models a source has observed by a date whose latest observation has an all-time count but no known creation time.
-- Parameters: source, last date.
SELECT count(*)
FROM (
    SELECT max_by(o.created_at IS NULL, s.snapshot_date) AS unknown
    FROM model_observation o
    JOIN snapshot s ON s.snapshot_id = o.snapshot_id
    WHERE s.source = ? AND o.downloads_all_time IS NOT NULL AND s.snapshot_date <= ?
    GROUP BY o.model_id
)
WHERE unknown;
