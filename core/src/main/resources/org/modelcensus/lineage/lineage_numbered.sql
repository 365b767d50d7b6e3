-- Numbers the nodes of a snapshot's graph in id order: its models first, then the base models declared but missing
-- (matched regardless of case; of several spellings of a missing one, the smallest names it, its namespace the part
-- before the slash). Parameters: snapshot id.
CREATE OR REPLACE TEMP TABLE lineage_numbered AS
WITH observed AS (
    SELECT model_id, namespace
    FROM model_observation
    WHERE snapshot_id = ?
),
observed_keys AS (
    SELECT DISTINCT lower(model_id) AS model_key FROM observed
),
missing AS (
    SELECT min(d.parent_ref) AS model_id
    FROM lineage_declared d
    WHERE NOT EXISTS (SELECT 1 FROM observed_keys k WHERE k.model_key = lower(d.parent_ref))
    GROUP BY lower(d.parent_ref)
),
nodes AS (
    SELECT model_id, namespace, TRUE AS in_snapshot FROM observed
    UNION ALL
    SELECT model_id, split_part(model_id, '/', 1) AS namespace, FALSE AS in_snapshot FROM missing
)
SELECT
    CAST(row_number() OVER (ORDER BY in_snapshot DESC, model_id) - 1 AS INTEGER) AS node,
    model_id,
    lower(model_id) AS model_key,
    namespace,
    in_snapshot
FROM nodes;
