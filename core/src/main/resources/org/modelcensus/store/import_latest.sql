-- The staged rows to keep: within one import the last row seen for a model and date wins. Ids that differ only in
-- case are one model, as on the Hub: its last row keeps its spelling.
CREATE OR REPLACE TEMP TABLE import_latest AS
SELECT *
FROM import_staging
QUALIFY row_number() OVER (PARTITION BY snapshot_date, lower(model_id) ORDER BY arrival DESC) = 1;
