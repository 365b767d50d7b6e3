-- The snapshots an import wrote, with the number of models each holds now.
SELECT s.snapshot_date, s.source, count(o.model_id) AS models, s.snapshot_id
FROM snapshot s
LEFT JOIN model_observation o ON o.snapshot_id = s.snapshot_id
WHERE s.source = ? AND s.snapshot_date IN (SELECT snapshot_date FROM import_written_date)
GROUP BY s.snapshot_date, s.source, s.snapshot_id
ORDER BY s.snapshot_date;
