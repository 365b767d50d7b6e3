-- What the measured downloads had to work around: decreases clamped to 0, and first years that start before the
-- source's data.
SELECT count(*) FILTER (WHERE decreased), count(*) FILTER (WHERE before_data) FROM measured_downloads;
