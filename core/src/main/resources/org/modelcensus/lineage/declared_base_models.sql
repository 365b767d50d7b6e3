-- The base models each model of a snapshot declares, for the models that declare any: its base_model tags (joined
-- by line breaks, which tags never hold) and its declaration, with whether that is the Hub's own lineage (baseModels)
-- rather than the card's. Parameters: snapshot id.
SELECT
    model_id,
    array_to_string(list_filter(coalesce(tags, []), tag -> starts_with(tag, 'base_model:')), chr(10)) AS base_model_tags,
    base_model_declaration,
    base_model_relation,
    coalesce(base_model_source = 'hub', FALSE) AS hub_lineage
FROM model_observation
WHERE snapshot_id = ?
  AND (
      base_model_declaration IS NOT NULL
      OR base_model_relation IS NOT NULL
      OR len(list_filter(coalesce(tags, []), tag -> starts_with(tag, 'base_model:'))) > 0
  );
