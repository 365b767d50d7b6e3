-- Whether the store has the leaderboard tables (stores written before they existed do not, until written again).
SELECT count(*) AS found FROM information_schema.tables WHERE table_name = 'arena_rating'
