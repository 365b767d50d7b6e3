-- How the downloads of each model of one snapshot are credited to the namespaces of its roots; private to the
-- connection, filled by the lineage stage.
CREATE OR REPLACE TEMP TABLE origin_credit (
    model_id VARCHAR NOT NULL,
    root_namespace VARCHAR NOT NULL,
    weight DOUBLE NOT NULL
);
