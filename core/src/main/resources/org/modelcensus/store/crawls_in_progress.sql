-- The crawls that stopped before their end, oldest first.
SELECT listing, source, snapshot_date, started_at, pages, models
FROM crawl
ORDER BY started_at, listing;
