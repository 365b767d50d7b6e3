-- Every model rated on the leaderboard dates from ? to ?, with its mapping's licence class and group ('country' or
-- 'organization', UNKNOWN where the mapping found none) and its position: 1 + the number of models of that date rated
-- higher, of every licence. Parameters: first date, last date, 'country' or 'organization'.
SELECT
    r.snapshot_date,
    r.model_key,
    r.display_name,
    r.rating,
    r.printed_rank,
    r.ci_plus,
    r.ci_minus,
    m.weights,
    coalesce(CASE WHEN ? = 'country' THEN nullif(m.country, '') ELSE nullif(m.organization, '') END, 'UNKNOWN')
        AS group_key,
    rank() OVER (PARTITION BY r.snapshot_date ORDER BY r.rating DESC) AS position
FROM arena_rating r
JOIN arena_model m ON m.model_key = r.model_key
WHERE r.snapshot_date >= ? AND r.snapshot_date <= ?
