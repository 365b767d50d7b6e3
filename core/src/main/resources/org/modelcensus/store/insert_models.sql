-- Moves the checked rows of this import into their snapshots.
INSERT INTO model_observation
SELECT
    s.snapshot_id,
    l.model_id,
    l.namespace,
    l.created_at,
    l.created_at_placeholder,
    l.last_modified,
    l.downloads_30d,
    l.downloads_all_time,
    l.likes,
    l.pipeline_tag,
    l.library_name,
    l.license,
    l.gated,
    l.parameters,
    l.tags,
    l.base_model_declaration,
    l.base_model_relation,
    l.declares_base_model,
    l.base_model_source,
    l.trending_score
FROM import_latest l
JOIN snapshot s ON s.snapshot_date = l.snapshot_date AND s.source = ?;
