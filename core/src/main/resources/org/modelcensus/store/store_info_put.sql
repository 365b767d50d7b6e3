-- Records a fact about the store. Parameters: key, value.
INSERT OR REPLACE INTO store_info VALUES (?, ?);
