-- Reads a hub-stats Parquet file (the public daily dump of Hub model metadata) with every expected column present:
-- columns the file lacks are NULL, and values are read as text first so that bad ones can be reported by row.
-- baseModels (the Hub's own lineage: a relation and a list of parents) and safetensors are structs; DuckDB merges
-- the file's struct fields with these by name (safetensors keeps its parameters map beside total). cardData is the
-- model card's metadata as a JSON string; gated is a boolean in some dumps and a string in others.
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
        NULL::STRUCT(relation VARCHAR, models STRUCT(_id VARCHAR, id VARCHAR)[]) AS "baseModels",
        NULL::VARCHAR AS "cardData",
        NULL::STRUCT(total BIGINT) AS safetensors,
        NULL::VARCHAR AS "trendingScore",
        NULL::BIGINT AS file_row_number
    WHERE FALSE
)
UNION ALL BY NAME
SELECT * FROM read_parquet(?, file_row_number = TRUE);
