-- Moves a checked study file into the staging table: one snapshot per day of "time", all-time downloads; the
-- model a row derives from (merged_derived_from) becomes its declared base model.
-- Parameters: arrival offset, file index.
INSERT INTO import_staging
SELECT
    ? + file_row_number AS arrival,
    ? AS file_index,
    CAST(timezone('UTC', TRY_CAST("time" AS TIMESTAMPTZ)) AS DATE) AS snapshot_date,
    id AS model_id,
    CASE WHEN contains(id, '/') THEN split_part(id, '/', 1) ELSE author END AS namespace,
    CASE
        WHEN TRY_CAST(created AS TIMESTAMPTZ) = TIMESTAMPTZ '2022-03-02 23:29:04+00' THEN NULL
        ELSE timezone('UTC', TRY_CAST(created AS TIMESTAMPTZ))
    END AS created_at,
    coalesce(TRY_CAST(created AS TIMESTAMPTZ) = TIMESTAMPTZ '2022-03-02 23:29:04+00', FALSE) AS created_at_placeholder,
    NULL::TIMESTAMP AS last_modified,
    NULL::BIGINT AS downloads_30d,
    TRY_CAST("downloadsAllTime" AS BIGINT) AS downloads_all_time,
    NULL::BIGINT AS likes,
    NULL::VARCHAR AS pipeline_tag,
    NULL::VARCHAR AS library_name,
    NULL::VARCHAR AS license,
    NULL::VARCHAR AS gated,
    NULL::BIGINT AS parameters,
    []::VARCHAR[] AS tags,
    CASE WHEN nullif(trim(merged_derived_from), '') IS NOT NULL THEN to_json(trim(merged_derived_from))::VARCHAR END
        AS base_model_declaration,
    NULL::VARCHAR AS base_model_relation,
    nullif(trim(merged_derived_from), '') IS NOT NULL AS declares_base_model
FROM parquet_rows;
