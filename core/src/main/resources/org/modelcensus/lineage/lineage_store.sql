-- Stores a derived graph with ids for node numbers. Only nodes on some declared edge (kept or broken) are stored (a model that
-- declares no base model and that none declares is a root of its own, at depth 0); only derivatives have roots
-- stored (a model without a lineage_root row is its own root). Parameters: snapshot id, once per statement.
INSERT INTO lineage_node
SELECT ?, n.model_id, n.namespace, n.in_snapshot, d.relation, coalesce(d.depth, 0), coalesce(d.roots, 1)
FROM lineage_numbered n
LEFT JOIN lineage_derived_node d ON d.node = n.node
WHERE n.node IN (
    SELECT child FROM lineage_derived_edge
    UNION SELECT parent FROM lineage_derived_edge
    UNION SELECT child FROM lineage_derived_broken
    UNION SELECT parent FROM lineage_derived_broken
);

INSERT INTO lineage_edge
SELECT ?, c.model_id, e.position, p.model_id, e.relation
FROM lineage_derived_edge e
JOIN lineage_numbered c ON c.node = e.child
JOIN lineage_numbered p ON p.node = e.parent;

INSERT INTO lineage_broken_edge
SELECT ?, b.ordinal, c.model_id, p.model_id
FROM lineage_derived_broken b
JOIN lineage_numbered c ON c.node = b.child
JOIN lineage_numbered p ON p.node = b.parent;

INSERT INTO lineage_root
SELECT ?, n.model_id, r.model_id, r.namespace, d.roots
FROM lineage_derived_root x
JOIN lineage_numbered n ON n.node = x.node
JOIN lineage_numbered r ON r.node = x.root
JOIN lineage_derived_node d ON d.node = x.node;
