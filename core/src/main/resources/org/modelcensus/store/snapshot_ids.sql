-- Every snapshot's id, oldest first.
SELECT snapshot_id FROM snapshot ORDER BY snapshot_date, source;
