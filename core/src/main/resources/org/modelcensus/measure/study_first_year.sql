-- The study's headline table from its own file (read into parquet_rows by eoi_rows.sql): first-year downloads in a
-- window (start, end] by each of the study's attribution columns. The uploader's columns (org_country,
-- org_country_single, merged_country_groups_single) give the country of the model's author; the derived ones
-- (derived_org_country, derived_org_country_single, merged_derived_country_groups_single) the country of the model a
-- derivative derives from, a model that derives from none keeping its own (the uploader column of the same variant).
-- Counted as the issue's firstyear measure: each model's all-time count at the latest time at or before the end of
-- the part of its first 365 days inside the window, minus that at its start. Columns the file lacks are NULL, so
-- give one UNKNOWN row; the caller keeps the columns the file has. Parameters: window start, window end.
WITH observations AS (
    SELECT
        id,
        nullif(trim(org_country), '') AS org_country,
        nullif(trim(derived_org_country), '') AS derived_org_country,
        nullif(trim(org_country_single), '') AS org_country_single,
        nullif(trim(derived_org_country_single), '') AS derived_org_country_single,
        nullif(trim(merged_country_groups_single), '') AS merged_country_groups_single,
        nullif(trim(merged_derived_country_groups_single), '') AS merged_derived_country_groups_single,
        timezone('UTC', TRY_CAST(created AS TIMESTAMPTZ)) AS created_at,
        timezone('UTC', TRY_CAST("time" AS TIMESTAMPTZ)) AS taken,
        TRY_CAST("downloadsAllTime" AS BIGINT) AS downloads_all_time
    FROM parquet_rows
),
models AS (
    SELECT
        id,
        any_value(org_country) AS org_country,
        any_value(coalesce(derived_org_country, org_country)) AS derived_org_country,
        any_value(org_country_single) AS org_country_single,
        any_value(coalesce(derived_org_country_single, org_country_single)) AS derived_org_country_single,
        any_value(merged_country_groups_single) AS merged_country_groups_single,
        any_value(coalesce(merged_derived_country_groups_single, merged_country_groups_single))
            AS merged_derived_country_groups_single,
        min(created_at) AS created_at,
        greatest(CAST(? AS TIMESTAMP), min(created_at)) AS counted_from,
        least(CAST(? AS TIMESTAMP), min(created_at) + INTERVAL 365 DAY) AS counted_to
    FROM observations
    WHERE created_at IS NOT NULL
    GROUP BY id
),
history AS (
    SELECT id, taken, downloads_all_time FROM observations WHERE downloads_all_time IS NOT NULL
),
first_year AS (
    SELECT
        m.*,
        greatest(coalesce(at_end.downloads_all_time, 0) - coalesce(at_start.downloads_all_time, 0), 0) AS downloads
    FROM models m
    ASOF LEFT JOIN history at_end ON m.id = at_end.id AND m.counted_to >= at_end.taken
    ASOF LEFT JOIN history at_start ON m.id = at_start.id AND m.counted_from >= at_start.taken
    WHERE m.counted_from < m.counted_to
),
attributed AS (
    SELECT 'org_country' AS attribution, org_country AS country, downloads FROM first_year
    UNION ALL
    SELECT 'derived_org_country', derived_org_country, downloads FROM first_year
    UNION ALL
    SELECT 'org_country_single', org_country_single, downloads FROM first_year
    UNION ALL
    SELECT 'derived_org_country_single', derived_org_country_single, downloads FROM first_year
    UNION ALL
    SELECT 'merged_country_groups_single', merged_country_groups_single, downloads FROM first_year
    UNION ALL
    SELECT 'merged_derived_country_groups_single', merged_derived_country_groups_single, downloads FROM first_year
)
SELECT attribution, coalesce(country, 'UNKNOWN') AS country, sum(downloads) AS downloads, count(*) AS models
FROM attributed
GROUP BY attribution, coalesce(country, 'UNKNOWN')
ORDER BY attribution, downloads DESC, country;
