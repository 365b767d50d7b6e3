-- Every model's rating on one leaderboard date. Parameter: the date.
SELECT model_key, rating FROM arena_rating WHERE snapshot_date = ? ORDER BY rating DESC, model_key
