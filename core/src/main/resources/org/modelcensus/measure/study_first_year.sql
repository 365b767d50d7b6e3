-- The study's headline table from its own file (read into parquet_rows by eoi_rows.sql): first-year downloads in a
-- window (start, end] by the uploader's country (org_country) and by the country of the model a derivative derives
-- from (derived_org_country; a model that derives from none keeps its own). Counted as the issue's firstyear measure:
-- each model's all-time count at the latest time at or before the end of the part of its first 365 days inside the
-- window, minus that at its start. Parameters: window start, window end.
WITH observations AS (
    SELECT
        id,
        org_country,
        coalesce(nullif(trim(derived_org_country), ''), org_country) AS derived_country,
        timezone('UTC', TRY_CAST(created AS TIMESTAMPTZ)) AS created_at,
        timezone('UTC', TRY_CAST("time" AS TIMESTAMPTZ)) AS taken,
        TRY_CAST("downloadsAllTime" AS BIGINT) AS downloads_all_time
    FROM parquet_rows
),
models AS (
    SELECT
        id,
        any_value(org_country) AS org_country,
        any_value(derived_country) AS derived_country,
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
        m.id,
        m.org_country,
        m.derived_country,
        greatest(coalesce(at_end.downloads_all_time, 0) - coalesce(at_start.downloads_all_time, 0), 0) AS downloads
    FROM models m
    ASOF LEFT JOIN history at_end ON m.id = at_end.id AND m.counted_to >= at_end.taken
    ASOF LEFT JOIN history at_start ON m.id = at_start.id AND m.counted_from >= at_start.taken
    WHERE m.counted_from < m.counted_to
)
SELECT 'uploader' AS view, coalesce(org_country, 'UNKNOWN') AS country, sum(downloads) AS downloads, count(*) AS models
FROM first_year
GROUP BY ALL
UNION ALL
SELECT 'derived' AS view, coalesce(derived_country, 'UNKNOWN') AS country, sum(downloads) AS downloads, count(*) AS models
FROM first_year
GROUP BY ALL
ORDER BY view, downloads DESC, country;
