-- The rows of a staged hub-stats file that cannot be imported, with what is wrong; the first 20 and their count.
WITH problems AS (
    SELECT
        file_row_number + 1 AS row_number,
        CASE
            WHEN id IS NULL OR trim(id) = '' THEN '"id" is missing; expected the model''s Hub id such as "Qwen/Qwen3-8B"'
            WHEN NOT contains(id, '/') AND (author IS NULL OR trim(author) = '')
                THEN '"id" is "' || id || '" and there is no "author"; expected an id of the form "owner/name"'
            WHEN NOT regexp_full_match(id, '[A-Za-z0-9][A-Za-z0-9._-]{0,95}(/[A-Za-z0-9][A-Za-z0-9._-]{0,95})?')
                OR contains(id, '--') OR contains(id, '..')
                THEN '"id" is "' || left(id, 120) || '"; expected a Hub id "owner/name" (letters, digits, ''-'', ''_'''
                    || ' and ''.'', each part starting with a letter or digit and at most 96 characters, no "--" or "..")'
            WHEN downloads IS NOT NULL AND coalesce(TRY_CAST(downloads AS BIGINT), -1) < 0
                THEN '"downloads" is ' || downloads || '; expected a non-negative integer'
            WHEN TRY_CAST(downloads AS BIGINT) > 1000000000000
                THEN '"downloads" is ' || downloads || '; expected a download count of at most 1,000,000,000,000'
            WHEN "downloadsAllTime" IS NOT NULL AND coalesce(TRY_CAST("downloadsAllTime" AS BIGINT), -1) < 0
                THEN '"downloadsAllTime" is ' || "downloadsAllTime" || '; expected a non-negative integer'
            WHEN TRY_CAST("downloadsAllTime" AS BIGINT) > 1000000000000
                THEN '"downloadsAllTime" is ' || "downloadsAllTime" || '; expected a download count of at most 1,000,000,000,000'
            WHEN likes IS NOT NULL AND coalesce(TRY_CAST(likes AS BIGINT), -1) < 0
                THEN '"likes" is ' || likes || '; expected a non-negative integer'
            WHEN "createdAt" IS NOT NULL AND TRY_CAST("createdAt" AS TIMESTAMPTZ) IS NULL
                THEN '"createdAt" is "' || "createdAt" || '"; expected a time such as 2025-01-20T03:46:07Z'
            WHEN "lastModified" IS NOT NULL AND TRY_CAST("lastModified" AS TIMESTAMPTZ) IS NULL
                THEN '"lastModified" is "' || "lastModified" || '"; expected a time such as 2025-01-20T03:46:07Z'
            WHEN "cardData" IS NOT NULL AND NOT coalesce(json_valid("cardData"), FALSE)
                THEN '"cardData" is "' || left("cardData", 120) || '"; expected the model card''s metadata as JSON'
            WHEN "cardData" IS NOT NULL AND json_type("cardData") <> 'OBJECT'
                THEN '"cardData" is "' || left("cardData", 120) || '"; expected a JSON object'
            WHEN "trendingScore" IS NOT NULL AND TRY_CAST("trendingScore" AS DOUBLE) IS NULL
                THEN '"trendingScore" is "' || left("trendingScore", 120) || '"; expected a number'
        END AS problem
    FROM parquet_rows
)
SELECT row_number, problem, count(*) OVER () AS problems
FROM problems
WHERE problem IS NOT NULL
ORDER BY row_number
LIMIT 20;
