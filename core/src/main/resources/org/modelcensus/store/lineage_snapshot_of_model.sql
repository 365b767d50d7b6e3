-- The snapshot to show a model's lineage from: the latest holding the model among those whose models declare base
-- models, else the latest holding it at all. Parameters: model id.
SELECT o.snapshot_id
FROM model_observation o
JOIN snapshot s ON s.snapshot_id = o.snapshot_id
JOIN snapshot_summary m ON m.snapshot_id = o.snapshot_id
WHERE o.model_id = ?
ORDER BY CASE WHEN m.models_declaring_base_models > 0 THEN 0 ELSE 1 END, s.snapshot_date DESC, s.source
LIMIT 1;
