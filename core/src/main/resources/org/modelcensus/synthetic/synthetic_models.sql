-- The models of one synthetic snapshot before they are written as hub-stats Parquet; tags joined by line breaks.
CREATE TABLE synthetic_model (
    id VARCHAR NOT NULL,
    author VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    downloads BIGINT NOT NULL,
    downloads_all_time BIGINT NOT NULL,
    likes BIGINT NOT NULL,
    pipeline_tag VARCHAR,
    library_name VARCHAR,
    tags VARCHAR NOT NULL
);
