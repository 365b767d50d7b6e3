-- DuckDB alone: read a Hub-API JSON Lines dump into a table, with the columns a census needs.
CREATE OR REPLACE TABLE models AS
SELECT id, split_part(id, '/', 1) AS namespace, downloads, "downloadsAllTime" AS downloads_all_time, tags
FROM read_json('${FILES}', format = 'newline_delimited', columns = {
    id: 'VARCHAR', author: 'VARCHAR', createdAt: 'VARCHAR', downloads: 'BIGINT', downloadsAllTime: 'BIGINT',
    likes: 'BIGINT', pipeline_tag: 'VARCHAR', library_name: 'VARCHAR', tags: 'VARCHAR[]'});
CREATE OR REPLACE TABLE registry AS
SELECT lower(namespace) AS namespace_key, organization, country, type FROM read_csv('${REGISTRY}');
SELECT count(*) FROM models;
