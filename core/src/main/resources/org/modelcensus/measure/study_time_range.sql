-- The first and last time of the counts in the study's file.
SELECT
    min(timezone('UTC', TRY_CAST("time" AS TIMESTAMPTZ))),
    max(timezone('UTC', TRY_CAST("time" AS TIMESTAMPTZ)))
FROM parquet_rows;
