-- With --replace: empties the snapshots this import writes, so they hold exactly the imported rows.
DELETE FROM model_observation
WHERE snapshot_id IN (
    SELECT s.snapshot_id
    FROM snapshot s
    WHERE s.source = ? AND s.snapshot_date IN (SELECT DISTINCT snapshot_date FROM import_latest)
);
