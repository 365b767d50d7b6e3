-- The files of one import, with their content hashes; private to the importing connection.
CREATE OR REPLACE TEMP TABLE import_file (
    file_index INTEGER NOT NULL,
    file_name VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL
);
