-- Curated total parameter counts (data/model_parameters.csv); private to the connection.
CREATE OR REPLACE TEMP TABLE curated_parameters (
    model_id VARCHAR PRIMARY KEY,
    total_parameters BIGINT NOT NULL
);
