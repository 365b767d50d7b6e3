-- Snapshots of this import's source and dates that were imported from another format.
SELECT s.snapshot_date, s.format
FROM snapshot s
WHERE s.source = ?
  AND s.format <> ?
  AND s.snapshot_date IN (SELECT DISTINCT snapshot_date FROM import_latest)
ORDER BY s.snapshot_date;
