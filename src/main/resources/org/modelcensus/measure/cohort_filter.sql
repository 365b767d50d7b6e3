-- Keeps the models created in a cohort's range [first day, day after the last day); unknown creations leave.
-- Parameters: first moment, end moment (exclusive).
DELETE FROM measured_downloads
WHERE created_at IS NULL OR created_at < CAST(? AS TIMESTAMP) OR created_at >= CAST(? AS TIMESTAMP);
