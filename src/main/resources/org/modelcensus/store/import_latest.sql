-- The staged rows to keep: within one import the last row seen for a model and date wins.
CREATE OR REPLACE TEMP TABLE import_latest AS
SELECT *
FROM import_staging
QUALIFY row_number() OVER (PARTITION BY snapshot_date, model_id ORDER BY arrival DESC) = 1;
