-- Moves a checked study file into the staging table: one snapshot per day of "time", all-time downloads; the
-- model a row derives from (merged_derived_from) becomes its declared base model.
-- Only the rows of one day when a snapshot date is given.
-- Parameters: arrival offset, file index, the Hub's placeholder creation time, the snapshot date or NULL (twice).
INSERT INTO import_staging
SELECT
    ? + file_row_number AS arrival,
    ? AS file_index,
    observed_on AS snapshot_date,
    id AS model_id,
    CASE WHEN contains(id, '/') THEN split_part(id, '/', 1) ELSE author END AS namespace,
    CASE WHEN created_instant = placeholder THEN NULL ELSE timezone('UTC', created_instant) END AS created_at,
    coalesce(created_instant = placeholder, FALSE) AS created_at_placeholder,
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
    nullif(trim(merged_derived_from), '') IS NOT NULL AS declares_base_model,
    NULL::VARCHAR AS base_model_source,
    NULL::DOUBLE AS trending_score
FROM (
    SELECT
        *,
        CAST(timezone('UTC', TRY_CAST("time" AS TIMESTAMPTZ)) AS DATE) AS observed_on,
        TRY_CAST(created AS TIMESTAMPTZ) AS created_instant,
        CAST(? AS TIMESTAMPTZ) AS placeholder
    FROM parquet_rows
)
WHERE CAST(? AS DATE) IS NULL OR observed_on = CAST(? AS DATE);
