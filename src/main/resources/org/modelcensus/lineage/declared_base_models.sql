-- The base models each model of a snapshot declares: its base_model tags (joined by line breaks, which tags never
-- hold) and its card's declaration.
SELECT
    model_id,
    namespace,
    array_to_string(list_filter(coalesce(tags, []), tag -> starts_with(tag, 'base_model:')), chr(10)) AS base_model_tags,
    base_model_declaration,
    base_model_relation
FROM model_observation
WHERE snapshot_id = ?
ORDER BY model_id;
