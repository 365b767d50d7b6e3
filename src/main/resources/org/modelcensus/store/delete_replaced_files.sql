-- With --replace: forgets the files of the snapshots this import writes.
DELETE FROM snapshot_file
WHERE snapshot_id IN (
    SELECT s.snapshot_id
    FROM snapshot s
    WHERE s.source = ? AND s.snapshot_date IN (SELECT DISTINCT snapshot_date FROM import_latest)
);
