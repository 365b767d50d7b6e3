-- What deriving a snapshot's lineage had to survive. Parameters: snapshot id, dangling, cycles, self references,
-- invalid ids, invalid declarations, disagreements.
INSERT INTO lineage_quality VALUES (?, ?, ?, ?, ?, ?, ?);
