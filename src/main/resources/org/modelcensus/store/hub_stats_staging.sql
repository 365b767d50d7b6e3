-- Moves a checked hub-stats file into the staging table as one snapshot.
-- Parameters: arrival offset, file index, snapshot date.
INSERT INTO import_staging
SELECT
    ? + file_row_number AS arrival,
    ? AS file_index,
    ? AS snapshot_date,
    id AS model_id,
    CASE WHEN contains(id, '/') THEN split_part(id, '/', 1) ELSE author END AS namespace,
    CASE
        WHEN TRY_CAST("createdAt" AS TIMESTAMPTZ) = TIMESTAMPTZ '2022-03-02 23:29:04+00' THEN NULL
        ELSE timezone('UTC', TRY_CAST("createdAt" AS TIMESTAMPTZ))
    END AS created_at,
    coalesce(TRY_CAST("createdAt" AS TIMESTAMPTZ) = TIMESTAMPTZ '2022-03-02 23:29:04+00', FALSE)
        AS created_at_placeholder,
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
FROM parquet_rows;
