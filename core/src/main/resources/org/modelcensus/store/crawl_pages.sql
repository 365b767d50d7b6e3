-- The SHA-256 of every committed page of a crawl, in order. Parameters: crawl key.
SELECT sha256 FROM crawl_page WHERE crawl_key = ? ORDER BY page;
