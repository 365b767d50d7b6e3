-- Moves a checked hub-stats file into the staging table as one snapshot.
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
    list_extract(list_filter(coalesce(tags, []), tag -> starts_with(tag, 'license:')), 1)[9:] AS license,
    gated,
    NULL::BIGINT AS parameters,
    coalesce(tags, []) AS tags,
    NULL::VARCHAR AS base_model_declaration,
    NULL::VARCHAR AS base_model_relation,
    len(list_filter(coalesce(tags, []), tag -> starts_with(tag, 'base_model:'))) > 0 AS declares_base_model
FROM (
    SELECT *, TRY_CAST("createdAt" AS TIMESTAMPTZ) AS created_instant, CAST(? AS TIMESTAMPTZ) AS placeholder
    FROM parquet_rows
);
