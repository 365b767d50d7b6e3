-- Records which files made which snapshots, with the rows each file gave (a row replaced by a later one of the same
-- import still counts for its file); a file imported again into a snapshot is recorded once.
DELETE FROM snapshot_file f
USING (
    SELECT DISTINCT s.snapshot_id, i.file_name, i.sha256
    FROM import_staging l
    JOIN import_file i ON i.file_index = l.file_index
    JOIN snapshot s ON s.snapshot_date = l.snapshot_date AND s.source = ?
) again
WHERE f.snapshot_id = again.snapshot_id AND f.file_name = again.file_name AND f.sha256 = again.sha256;

INSERT INTO snapshot_file
SELECT s.snapshot_id, i.file_name, i.sha256, count(*), ?
FROM import_staging l
JOIN import_file i ON i.file_index = l.file_index
JOIN snapshot s ON s.snapshot_date = l.snapshot_date AND s.source = ?
GROUP BY s.snapshot_id, i.file_name, i.sha256;
