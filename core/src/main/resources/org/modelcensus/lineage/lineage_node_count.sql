-- The nodes of the graph being derived, and how many of them are models of the snapshot.
SELECT count(*), count(*) FILTER (WHERE in_snapshot) FROM lineage_numbered;
