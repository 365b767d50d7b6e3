-- DuckDB alone: read a hub-stats Parquet dump into a table, with the columns a census needs.
CREATE OR REPLACE TABLE models AS
SELECT id, split_part(id, '/', 1) AS namespace, downloads, "downloadsAllTime" AS downloads_all_time, tags
FROM read_parquet('${FILES}');
CREATE OR REPLACE TABLE registry AS
SELECT lower(namespace) AS namespace_key, organization, country, type FROM read_csv('${REGISTRY}');
SELECT count(*) FROM models;
