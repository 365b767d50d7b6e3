-- What the measured downloads had to work around (decreases clamped to 0, first years that start before the source's
-- data), and how many models are measured.
SELECT
    count(*) FILTER (WHERE decreased),
    count(*) FILTER (WHERE before_data),
    count(downloads)
FROM measured_downloads;
