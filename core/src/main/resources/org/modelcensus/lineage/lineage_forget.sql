-- Forgets what was derived from the snapshots in written_snapshot before.
DELETE FROM lineage_node WHERE snapshot_id IN (SELECT snapshot_id FROM written_snapshot);
DELETE FROM lineage_edge WHERE snapshot_id IN (SELECT snapshot_id FROM written_snapshot);
DELETE FROM lineage_root WHERE snapshot_id IN (SELECT snapshot_id FROM written_snapshot);
DELETE FROM lineage_broken_edge WHERE snapshot_id IN (SELECT snapshot_id FROM written_snapshot);
DELETE FROM lineage_quality WHERE snapshot_id IN (SELECT snapshot_id FROM written_snapshot);
