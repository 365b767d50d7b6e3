-- The files a snapshot was imported from.
SELECT file_name, sha256, models, imported_at
FROM snapshot_file
WHERE snapshot_id = ?
ORDER BY imported_at, file_name;
