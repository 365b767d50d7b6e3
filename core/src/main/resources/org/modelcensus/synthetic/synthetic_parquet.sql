-- Writes the synthetic snapshot with the hub-stats dump's columns and types. The file name is the only value spliced
-- in (COPY takes no bound parameter), quoted.
COPY (
    SELECT
        id,
        author,
        CAST(created_at AS TIMESTAMPTZ) AS "createdAt",
        CAST(created_at AS TIMESTAMPTZ) AS "lastModified",
        downloads,
        downloads_all_time AS "downloadsAllTime",
        likes,
        string_split(tags, chr(10)) AS tags,
        pipeline_tag,
        library_name,
        'False' AS gated
    FROM synthetic_model
) TO ? (FORMAT parquet, COMPRESSION zstd);
