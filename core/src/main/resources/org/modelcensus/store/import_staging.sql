-- Rows of one import before they are checked and committed; private to the importing connection.
CREATE OR REPLACE TEMP TABLE import_staging (
    arrival BIGINT NOT NULL,
    file_index INTEGER NOT NULL,
    snapshot_date DATE NOT NULL,
    model_id VARCHAR NOT NULL,
    namespace VARCHAR NOT NULL,
    created_at TIMESTAMP,
    created_at_placeholder BOOLEAN NOT NULL,
    last_modified TIMESTAMP,
    downloads_30d BIGINT,
    downloads_all_time BIGINT,
    likes BIGINT,
    pipeline_tag VARCHAR,
    library_name VARCHAR,
    license VARCHAR,
    gated VARCHAR,
    parameters BIGINT,
    tags VARCHAR[],
    base_model_declaration VARCHAR,
    base_model_relation VARCHAR,
    declares_base_model BOOLEAN NOT NULL,
    base_model_source VARCHAR
);
