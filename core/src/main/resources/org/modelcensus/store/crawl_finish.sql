-- Moves a finished crawl's models into the staging table of an import. Parameters: crawl key.
INSERT INTO import_staging SELECT * EXCLUDE (crawl_key) FROM crawl_model WHERE crawl_key = ?;
