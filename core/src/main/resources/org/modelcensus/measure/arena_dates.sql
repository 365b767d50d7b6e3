-- The dates of the store's leaderboard standings, with the number of models rated on each.
SELECT snapshot_date, count(*) AS models
FROM arena_rating
GROUP BY snapshot_date
ORDER BY snapshot_date
