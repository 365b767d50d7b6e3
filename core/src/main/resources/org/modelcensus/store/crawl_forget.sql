-- Forgets a crawl: its models, its pages and its checkpoint. Parameters: crawl key (three times).
DELETE FROM crawl_model WHERE crawl_key = ?;

DELETE FROM crawl_page WHERE crawl_key = ?;

DELETE FROM crawl WHERE crawl_key = ?;
