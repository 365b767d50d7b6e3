-- The census store: dated snapshots of Hub model metadata and download counts.
CREATE SEQUENCE IF NOT EXISTS snapshot_ids START 1;

-- One dated snapshot per (date, source). The source is a label, by default the import format.
CREATE TABLE IF NOT EXISTS snapshot (
    snapshot_id BIGINT PRIMARY KEY DEFAULT nextval('snapshot_ids'),
    snapshot_date DATE NOT NULL,
    source VARCHAR NOT NULL,
    format VARCHAR NOT NULL,
    UNIQUE (snapshot_date, source)
);

-- Which files made each snapshot, with their content hash, so every result can name its inputs.
CREATE TABLE IF NOT EXISTS snapshot_file (
    snapshot_id BIGINT NOT NULL,
    file_name VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    models BIGINT NOT NULL,
    imported_at TIMESTAMP NOT NULL
);

-- One row per model per snapshot; (snapshot_id, model_id) is unique by construction (imports replace rows).
CREATE TABLE IF NOT EXISTS model_observation (
    snapshot_id BIGINT NOT NULL,
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
    declares_base_model BOOLEAN NOT NULL
);

-- Facts about the store itself, such as the version of this schema.
CREATE TABLE IF NOT EXISTS store_info (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
INSERT OR IGNORE INTO store_info VALUES ('schema_version', '1');

-- Crawls of the live Hub in progress: where each stands, so that an interrupted crawl resumes where it stopped.
CREATE TABLE IF NOT EXISTS crawl (
    crawl_key VARCHAR PRIMARY KEY,
    listing VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    snapshot_date DATE NOT NULL,
    started_at TIMESTAMP NOT NULL,
    listing_index INTEGER NOT NULL,
    next_page VARCHAR,
    pages BIGINT NOT NULL,
    models BIGINT NOT NULL,
    waited_seconds DOUBLE NOT NULL
);

-- The pages a crawl in progress has committed, with the SHA-256 of each body.
CREATE TABLE IF NOT EXISTS crawl_page (
    crawl_key VARCHAR NOT NULL,
    page BIGINT NOT NULL,
    url VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    models BIGINT NOT NULL
);

-- The models of a crawl in progress, as the staging table of an import holds them; moved into the snapshot when the
-- last page is in.
CREATE TABLE IF NOT EXISTS crawl_model (
    crawl_key VARCHAR NOT NULL,
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
    declares_base_model BOOLEAN NOT NULL
);
