-- The organisation registry of this run, keyed by lower-case namespace; private to the connection.
CREATE OR REPLACE TEMP TABLE registry (
    namespace_key VARCHAR PRIMARY KEY,
    namespace VARCHAR NOT NULL,
    organization VARCHAR NOT NULL,
    country VARCHAR NOT NULL,
    type VARCHAR NOT NULL
);
