-- Snapshots of this import's source that were imported from another format (at the import's dates) or are of another
-- hub (at any date: all snapshots of a source are of one hub). Parameters: the source, the format, the hub.
SELECT s.snapshot_date, s.format, s.hub
FROM snapshot s
WHERE s.source = ?
  AND (s.format <> ? AND s.snapshot_date IN (SELECT DISTINCT snapshot_date FROM import_latest) OR s.hub <> ?)
ORDER BY s.snapshot_date;
