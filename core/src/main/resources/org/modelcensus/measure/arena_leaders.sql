-- The five best models of each leaderboard date of rated (arena_rated.sql), open-weights ones only where asked, with
-- their group. Parameter: TRUE to keep open-weights models only.
WITH placed AS (
    SELECT *, row_number() OVER (PARTITION BY snapshot_date ORDER BY rating DESC, model_key) AS place
    FROM rated
    WHERE weights = 'open' OR NOT ?
)
SELECT
    snapshot_date,
    group_key,
    model_key,
    display_name,
    rating,
    CAST(coalesce(printed_rank, position) AS INTEGER) AS shown_rank
FROM placed
WHERE place <= 5
ORDER BY snapshot_date, place
