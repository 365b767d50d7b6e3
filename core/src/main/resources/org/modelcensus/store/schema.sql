-- The census store: dated snapshots of Hub model metadata and download counts.
CREATE SEQUENCE IF NOT EXISTS snapshot_ids START 1;

-- One dated snapshot per (date, source). The source is a label, by default the import format; every snapshot is of
-- one hub (huggingface, modelscope), so a source's snapshots are all of one hub. (hub is added by the migration to
-- version 3 where a store lacks it; DuckDB cannot add a column with a constraint, so it has none here either.)
CREATE TABLE IF NOT EXISTS snapshot (
    snapshot_id BIGINT PRIMARY KEY DEFAULT nextval('snapshot_ids'),
    snapshot_date DATE NOT NULL,
    source VARCHAR NOT NULL,
    format VARCHAR NOT NULL,
    hub VARCHAR DEFAULT 'huggingface',
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
-- base_model_source says where base_model_declaration came from: 'hub' (the Hub's own lineage, baseModels, which
-- wins over the tags), 'card' (cardData.base_model), or NULL (the tags alone, or a source without either); added by
-- the migration to version 4 where a store lacks it, as is trending_score (the Hub's trendingScore, in hub-stats dumps).
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
    declares_base_model BOOLEAN NOT NULL,
    base_model_source VARCHAR,
    trending_score DOUBLE
);

-- Facts about the store itself, such as the version of this schema.
CREATE TABLE IF NOT EXISTS store_info (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
-- A new store starts at the current version; an older store keeps its own until it is migrated (CensusStore).
INSERT OR IGNORE INTO store_info VALUES ('schema_version', '4');

-- Each snapshot's totals, stored when an import writes the snapshot; a total is NULL where the source has no such
-- counts.
CREATE TABLE IF NOT EXISTS snapshot_summary (
    snapshot_id BIGINT PRIMARY KEY,
    models BIGINT NOT NULL,
    downloads_30d BIGINT,
    downloads_all_time BIGINT,
    models_declaring_base_models BIGINT NOT NULL
);

-- The lineage of each snapshot, derived once when an import writes the snapshot. A node is a model of the snapshot
-- or a base model one declares that the snapshot lacks (in_snapshot false). relation is how the model derives from
-- its parents (NULL for a root); depth counts the edges to the nearest root; roots is the number of its roots.
CREATE TABLE IF NOT EXISTS lineage_node (
    snapshot_id BIGINT NOT NULL,
    model_id VARCHAR NOT NULL,
    namespace VARCHAR NOT NULL,
    in_snapshot BOOLEAN NOT NULL,
    relation VARCHAR,
    depth INTEGER NOT NULL,
    roots INTEGER NOT NULL
);

-- The parent edges kept after normalising, matching ids regardless of case and breaking cycles; position orders a
-- child's parents as it declared them.
CREATE TABLE IF NOT EXISTS lineage_edge (
    snapshot_id BIGINT NOT NULL,
    child_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    parent_id VARCHAR NOT NULL,
    relation VARCHAR NOT NULL
);

-- Each node's roots with the root's namespace; a node's downloads are split equally among its roots (root_count).
CREATE TABLE IF NOT EXISTS lineage_root (
    snapshot_id BIGINT NOT NULL,
    model_id VARCHAR NOT NULL,
    root_id VARCHAR NOT NULL,
    root_namespace VARCHAR NOT NULL,
    root_count INTEGER NOT NULL
);

-- The declarations dropped to break cycles, in the order they were broken: child declared parent, which descends
-- from it.
CREATE TABLE IF NOT EXISTS lineage_broken_edge (
    snapshot_id BIGINT NOT NULL,
    ordinal INTEGER NOT NULL,
    child_id VARCHAR NOT NULL,
    parent_id VARCHAR NOT NULL
);

-- What deriving each snapshot's lineage had to survive (see LineageQuality); disagreements added by the migration to
-- version 4.
CREATE TABLE IF NOT EXISTS lineage_quality (
    snapshot_id BIGINT PRIMARY KEY,
    dangling BIGINT NOT NULL,
    cycles BIGINT NOT NULL,
    self_references BIGINT NOT NULL,
    invalid_ids BIGINT NOT NULL,
    invalid_declarations BIGINT NOT NULL,
    disagreements BIGINT DEFAULT 0
);

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
    declares_base_model BOOLEAN NOT NULL,
    base_model_source VARCHAR,
    trending_score DOUBLE
);

-- Dated LMArena standings imported from leaderboard files (import --format arena-history|lmarena-history), as
-- printed: printed_rank and the 95 % interval (ci_plus above the rating, ci_minus below) where the file has them.
-- One row per (snapshot_date, model_key): a file replaces the dates it holds.
CREATE TABLE IF NOT EXISTS arena_rating (
    snapshot_date DATE NOT NULL,
    model_key VARCHAR NOT NULL,
    display_name VARCHAR NOT NULL,
    rating DOUBLE NOT NULL,
    printed_rank INTEGER,
    ci_plus DOUBLE,
    ci_minus DOUBLE,
    votes BIGINT,
    license VARCHAR NOT NULL,
    organization VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL
);

-- The leaderboard files imported, with their content hash.
CREATE TABLE IF NOT EXISTS arena_file (
    file_name VARCHAR NOT NULL,
    format VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    entries BIGINT NOT NULL,
    first_date DATE NOT NULL,
    last_date DATE NOT NULL,
    imported_at TIMESTAMP NOT NULL
);
