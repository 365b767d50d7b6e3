-- Reads a file of the study's public dataset ("Economies of Open Intelligence", mmpr/open_model_evolution_data:
-- all_downloads_with_annotations.parquet or one_year_rolling.parquet) with every expected column present: the
-- attribution columns in each published variant (the plain ones, the _single ones that keep one country of several,
-- and the merged groups), NULL where the file lacks them.
-- Parameters: file.
CREATE OR REPLACE TEMP TABLE parquet_rows AS
SELECT * FROM (
    SELECT
        NULL::VARCHAR AS id,
        NULL::VARCHAR AS author,
        NULL::VARCHAR AS org_country,
        NULL::VARCHAR AS org_type,
        NULL::VARCHAR AS derived_author,
        NULL::VARCHAR AS derived_org_country,
        NULL::VARCHAR AS merged_derived_from,
        NULL::VARCHAR AS org_country_single,
        NULL::VARCHAR AS derived_org_country_single,
        NULL::VARCHAR AS merged_country_groups_single,
        NULL::VARCHAR AS merged_derived_country_groups_single,
        NULL::VARCHAR AS created,
        NULL::VARCHAR AS "time",
        NULL::VARCHAR AS "downloadsAllTime",
        NULL::BIGINT AS file_row_number
    WHERE FALSE
)
UNION ALL BY NAME
SELECT * FROM read_parquet(?, file_row_number = TRUE);
