-- What the measured downloads had to work around: decreases clamped to 0.
SELECT count(*) FILTER (WHERE decreased) FROM measured_downloads;
