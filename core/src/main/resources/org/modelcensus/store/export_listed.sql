-- The exported snapshots with their summaries, for the export's manifest.
SELECT e.snapshot_id, e.source, e.snapshot_date, m.models, m.downloads_30d, m.downloads_all_time
FROM export_snapshot e
JOIN snapshot_summary m ON m.snapshot_id = e.snapshot_id
ORDER BY e.snapshot_date, e.source;
