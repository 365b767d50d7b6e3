-- The dates of the snapshots an import has written so far, in the order its files came; fresh where the import
-- created the snapshot or emptied it (--replace), so that every row in it came from this import.
CREATE OR REPLACE TEMP TABLE import_written_date (
    snapshot_date DATE NOT NULL,
    fresh BOOLEAN NOT NULL
);
