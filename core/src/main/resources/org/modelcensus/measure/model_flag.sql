-- The flags the counting choices act on (see Counting), for each model of the cohort: repackaged (declared quantized,
-- or declaring a base model and tagged with a re-packaged format, or uploaded by a namespace the registry types as an
-- intermediary); automated (the rule of the first of the sixteen texts its lower-case id holds, '^' marking the id's
-- start, in the rules file's order; an unused one is a space, which no id holds; else 'tiny-model-volume' for a model under the parameter bound with many
-- downloads and few likes); stale (a positive 30-day count while the all-time count equals that of the reference
-- snapshot, 30 days or more before).
-- Parameters: sixteen pairs of text and rule name, parameter bound, least downloads, downloads per like, tiny-model
-- rule name, end snapshot id (twice), reference snapshot id (-1 for none).
SELECT
    m.model_id,
    coalesce(n.relation = 'quantized', FALSE)
        OR (n.relation IS NOT NULL AND coalesce(
            array_contains(o.tags, 'gguf') OR array_contains(o.tags, 'mlx') OR array_contains(o.tags, 'awq')
            OR array_contains(o.tags, 'gptq') OR array_contains(o.tags, 'exl2')
            OR array_contains(o.tags, 'compressed-tensors'),
            FALSE))
        OR coalesce(r.type = 'intermediary', FALSE) AS repackaged,
    CASE
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN contains(concat('^', lower(m.model_id)), ?) THEN CAST(? AS STRING)
        WHEN o.parameters < ? AND m.downloads >= ? AND m.downloads >= ? * (coalesce(o.likes, 0) + 1)
            THEN CAST(? AS STRING)
    END AS automated,
    coalesce(o.downloads_30d > 0 AND o.downloads_all_time = s.downloads_all_time, FALSE) AS stale
FROM measured_cohort m
LEFT JOIN model_observation o ON o.snapshot_id = ? AND o.model_id = m.model_id
LEFT JOIN lineage_node n ON n.snapshot_id = ? AND n.model_id = m.model_id
LEFT JOIN model_observation s ON s.snapshot_id = ? AND s.model_id = m.model_id
LEFT JOIN registry r ON r.namespace_key = lower(m.namespace);
