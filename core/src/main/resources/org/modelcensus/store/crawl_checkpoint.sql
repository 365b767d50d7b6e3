-- Where a crawl stands. Parameters: crawl key.
SELECT listing, source, snapshot_date, started_at, listing_index, next_page, pages, models, waited_seconds
FROM crawl
WHERE crawl_key = ?;
