-- Moves a checked hub-stats file into the staging table as one snapshot. The declared base models are the Hub's own
-- lineage (baseModels) where it names parents (base_model_source 'hub': it wins over the base_model: tags, and the
-- lineage stage counts where they disagree), else the card's base_model ('card'); the licence is the card's, else the
-- license: tag's; parameters are safetensors.total; trendingScore is kept as the Hub computed it.
-- Parameters: arrival offset, file index, snapshot date, the Hub's placeholder creation time.
INSERT INTO import_staging
SELECT
    ? + file_row_number AS arrival,
    ? AS file_index,
    ? AS snapshot_date,
    id AS model_id,
    CASE WHEN contains(id, '/') THEN split_part(id, '/', 1) ELSE author END AS namespace,
    CASE WHEN created_instant = placeholder THEN NULL ELSE timezone('UTC', created_instant) END AS created_at,
    coalesce(created_instant = placeholder, FALSE) AS created_at_placeholder,
    timezone('UTC', TRY_CAST("lastModified" AS TIMESTAMPTZ)) AS last_modified,
    TRY_CAST(downloads AS BIGINT) AS downloads_30d,
    TRY_CAST("downloadsAllTime" AS BIGINT) AS downloads_all_time,
    TRY_CAST(likes AS BIGINT) AS likes,
    pipeline_tag,
    library_name,
    coalesce(
        CASE json_type(card, '$.license')
            WHEN 'VARCHAR' THEN json_extract_string(card, '$.license')
            WHEN 'ARRAY' THEN json_extract_string(card, '$.license[0]')
        END,
        list_extract(list_filter(coalesce(tags, []), tag -> starts_with(tag, 'license:')), 1)[9:]) AS license,
    gated,
    TRY_CAST(safetensors.total AS BIGINT) AS parameters,
    coalesce(tags, []) AS tags,
    declaration AS base_model_declaration,
    CASE
        WHEN hub_parents THEN "baseModels".relation
        ELSE json_extract_string(card, '$.base_model_relation')
    END AS base_model_relation,
    declaration IS NOT NULL
        OR len(list_filter(coalesce(tags, []), tag -> starts_with(tag, 'base_model:'))) > 0 AS declares_base_model,
    CASE WHEN hub_parents THEN 'hub' WHEN declaration IS NOT NULL THEN 'card' END AS base_model_source,
    TRY_CAST("trendingScore" AS DOUBLE) AS trending_score
FROM (
    SELECT
        *,
        CASE
            WHEN hub_parents THEN to_json(list_transform("baseModels".models, parent -> parent.id))::VARCHAR
            ELSE nullif(json_extract(card, '$.base_model')::VARCHAR, 'null')
        END AS declaration
    FROM (
        SELECT
            *,
            TRY_CAST("createdAt" AS TIMESTAMPTZ) AS created_instant,
            CAST(? AS TIMESTAMPTZ) AS placeholder,
            CAST("cardData" AS JSON) AS card,
            coalesce(len("baseModels".models), 0) > 0 AS hub_parents
        FROM parquet_rows
    )
);
