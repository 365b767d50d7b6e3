-- Records an imported leaderboard file. Parameters: file name, format, sha256, entries, first date, last date, time.
INSERT INTO arena_file VALUES (?, ?, ?, ?, ?, ?, ?);
