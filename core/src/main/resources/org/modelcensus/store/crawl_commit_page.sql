-- Commits one page of a crawl with its checkpoint (run in one transaction).
-- Parameters: crawl key; crawl key, page, url, sha256, models; listing index, next page, models, waited seconds,
-- crawl key.
INSERT INTO crawl_model SELECT ?, * FROM crawl_page_staging;

INSERT INTO crawl_page VALUES (?, ?, ?, ?, ?);

UPDATE crawl
SET listing_index = ?, next_page = ?, pages = pages + 1, models = models + ?, waited_seconds = waited_seconds + ?
WHERE crawl_key = ?;
