-- Each group's best model on each leaderboard date of rated (arena_rated.sql), with the best proprietary model's
-- rating and how many of the group's models are among the ten and fifty best. A model's rank is the leaderboard's
-- printed rank where the file has one, else its position. Parameter: TRUE to keep open-weights models only.
WITH best_proprietary AS (
    SELECT snapshot_date, max(rating) AS rating
    FROM rated
    WHERE weights = 'proprietary'
    GROUP BY snapshot_date
),
placed AS (
    SELECT
        *,
        row_number() OVER (PARTITION BY snapshot_date, group_key ORDER BY rating DESC, model_key) AS place,
        sum(CASE WHEN position <= 10 THEN 1 ELSE 0 END) OVER (PARTITION BY snapshot_date, group_key) AS in_top10,
        sum(CASE WHEN position <= 50 THEN 1 ELSE 0 END) OVER (PARTITION BY snapshot_date, group_key) AS in_top50
    FROM rated
    WHERE weights = 'open' OR NOT ?
)
SELECT
    p.snapshot_date,
    p.group_key,
    p.model_key,
    p.display_name,
    p.rating,
    CAST(p.position AS INTEGER) AS position,
    p.printed_rank,
    p.ci_plus,
    p.ci_minus,
    b.rating AS best_proprietary,
    CAST(p.in_top10 AS INTEGER) AS in_top10,
    CAST(p.in_top50 AS INTEGER) AS in_top50
FROM placed p
LEFT JOIN best_proprietary b ON b.snapshot_date = p.snapshot_date
WHERE p.place = 1
ORDER BY p.snapshot_date, p.rating DESC, p.group_key
