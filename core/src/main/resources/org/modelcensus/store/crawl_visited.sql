-- The page of a crawl in progress that was fetched from an address, if one was. Parameters: crawl key, address.
SELECT page FROM crawl_page WHERE crawl_key = ? AND url = ? ORDER BY page LIMIT 1;
