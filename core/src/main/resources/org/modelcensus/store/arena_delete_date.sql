-- Forgets one leaderboard date before a file that holds it writes it again. Parameter: the date.
DELETE FROM arena_rating WHERE snapshot_date = ?;
