-- Records a new crawl before its first page.
-- Parameters: crawl key, listing, source, snapshot date, started at, first page.
INSERT INTO crawl VALUES (?, ?, ?, ?, ?, 0, ?, 0, 0, 0);
