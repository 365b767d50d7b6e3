-- The snapshots an export writes, into the session's export_snapshot table. Parameters: whether a first day is given,
-- the first day, whether a last day is given, the last day, whether a source is given, the source.
INSERT INTO export_snapshot
SELECT s.snapshot_id, s.source, s.snapshot_date
FROM snapshot s
WHERE (NOT ? OR s.snapshot_date >= ?)
  AND (NOT ? OR s.snapshot_date <= ?)
  AND (NOT ? OR s.source = ?);
