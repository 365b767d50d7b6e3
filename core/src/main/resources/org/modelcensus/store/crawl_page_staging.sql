-- The models of one page before they are committed with the crawl's checkpoint; private to the connection.
CREATE OR REPLACE TEMP TABLE crawl_page_staging AS SELECT * FROM import_staging WHERE FALSE;
