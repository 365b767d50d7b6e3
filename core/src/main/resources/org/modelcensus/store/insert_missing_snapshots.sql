-- Creates the snapshots this import adds to; existing ones are kept.
INSERT INTO snapshot (snapshot_date, source, format, hub)
SELECT dates.snapshot_date, ?, ?, ?
FROM (SELECT DISTINCT snapshot_date FROM import_latest) dates
WHERE NOT EXISTS (
    SELECT 1 FROM snapshot s WHERE s.snapshot_date = dates.snapshot_date AND s.source = ?
)
ORDER BY dates.snapshot_date;
