-- The rows of one store table that an export writes: those of the exported snapshots, with the snapshot's source and
-- date to partition them by (the partition columns live in the directory names, not in the files; none of these
-- tables has columns of those names). TABLE is one of the store's tables, named by StoreExport; never user input.
SELECT t.*, e.source, e.snapshot_date
FROM TABLE t
JOIN export_snapshot e ON e.snapshot_id = t.snapshot_id
ORDER BY t.snapshot_id;
