-- The rows of a batch that replace rows an earlier batch of the same import wrote: those in fresh snapshots (all of
-- whose rows came from this import). Parameters: source.
SELECT count(*)
FROM import_latest l
JOIN snapshot s ON s.snapshot_date = l.snapshot_date AND s.source = ?
JOIN model_observation o ON o.snapshot_id = s.snapshot_id AND lower(o.model_id) = lower(l.model_id)
WHERE l.snapshot_date IN (SELECT snapshot_date FROM import_written_date WHERE fresh);
