-- Reads a hub-stats Parquet file (the public daily dump of Hub model metadata) with every expected column present:
-- columns the file lacks are NULL, and values are read as text first so that bad ones can be reported by row.
-- Parameters: file.
CREATE OR REPLACE TEMP TABLE parquet_rows AS
SELECT * FROM (
    SELECT
        NULL::VARCHAR AS id,
        NULL::VARCHAR AS author,
        NULL::VARCHAR AS downloads,
        NULL::VARCHAR AS "downloadsAllTime",
        NULL::VARCHAR AS likes,
        NULL::VARCHAR AS "createdAt",
        NULL::VARCHAR AS "lastModified",
        NULL::VARCHAR[] AS tags,
        NULL::VARCHAR AS pipeline_tag,
        NULL::VARCHAR AS library_name,
        NULL::VARCHAR AS gated,
        NULL::BIGINT AS file_row_number
    WHERE FALSE
)
UNION ALL BY NAME
SELECT * FROM read_parquet(?, file_row_number = TRUE);
