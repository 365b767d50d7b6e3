-- Records the dates of a batch (one file) that this import had not written yet: fresh when the snapshot does not
-- exist yet or the import replaces it. Parameters: source, replace?.
INSERT INTO import_written_date
SELECT dates.snapshot_date, ? OR NOT EXISTS (
    SELECT 1 FROM snapshot s WHERE s.snapshot_date = dates.snapshot_date AND s.source = ?
)
FROM (SELECT DISTINCT snapshot_date FROM import_latest) dates
WHERE dates.snapshot_date NOT IN (SELECT snapshot_date FROM import_written_date);
