-- The snapshots in written_snapshot where some model declares anything about a base model (as
-- declared_base_models.sql selects them).
SELECT DISTINCT o.snapshot_id
FROM model_observation o
WHERE o.snapshot_id IN (SELECT snapshot_id FROM written_snapshot)
  AND (
      o.base_model_declaration IS NOT NULL
      OR o.base_model_relation IS NOT NULL
      OR len(list_filter(coalesce(o.tags, []), tag -> starts_with(tag, 'base_model:'))) > 0
  )
ORDER BY o.snapshot_id;
