-- An export's temporary list of the snapshots it writes.
CREATE OR REPLACE TEMP TABLE export_snapshot (
    snapshot_id BIGINT NOT NULL,
    source VARCHAR NOT NULL,
    snapshot_date DATE NOT NULL
);
