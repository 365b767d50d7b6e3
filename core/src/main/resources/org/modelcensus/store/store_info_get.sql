-- A fact about the store. Parameters: key.
SELECT value FROM store_info WHERE key = ?;
