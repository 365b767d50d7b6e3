-- With --replace: forgets the files of the snapshots this batch of the import writes first.
DELETE FROM snapshot_file
WHERE snapshot_id IN (
    SELECT s.snapshot_id
    FROM snapshot s
    WHERE s.source = ?
      AND s.snapshot_date IN (SELECT DISTINCT snapshot_date FROM import_latest)
      AND s.snapshot_date NOT IN (SELECT snapshot_date FROM import_written_date)
);
