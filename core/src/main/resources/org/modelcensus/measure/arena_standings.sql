-- Each group's best model on each leaderboard date from ? to ?, with the best proprietary model's rating and how many
-- of the group's models are among the ten and fifty best. A model's position is 1 + the number of models of that
-- date rated higher (of every licence); its rank is the leaderboard's printed rank where the file has one, else its
-- position. Parameters: first date, last date, 'country' or 'organization', TRUE to keep open-weights models only.
WITH rated AS (
    SELECT
        r.snapshot_date,
        r.model_key,
        r.display_name,
        r.rating,
        r.printed_rank,
        r.ci_plus,
        r.ci_minus,
        m.weights,
        m.country,
        m.organization,
        rank() OVER (PARTITION BY r.snapshot_date ORDER BY r.rating DESC) AS position
    FROM arena_rating r
    JOIN arena_model m ON m.model_key = r.model_key
    WHERE r.snapshot_date >= ? AND r.snapshot_date <= ?
),
best_proprietary AS (
    SELECT snapshot_date, max(rating) AS rating
    FROM rated
    WHERE weights = 'proprietary'
    GROUP BY snapshot_date
),
grouped AS (
    SELECT
        *,
        coalesce(CASE WHEN ? = 'country' THEN nullif(country, '') ELSE nullif(organization, '') END, 'UNKNOWN')
            AS group_key
    FROM rated
    WHERE weights = 'open' OR NOT ?
),
placed AS (
    SELECT
        *,
        row_number() OVER (PARTITION BY snapshot_date, group_key ORDER BY rating DESC, model_key) AS place,
        sum(CASE WHEN position <= 10 THEN 1 ELSE 0 END) OVER (PARTITION BY snapshot_date, group_key) AS in_top10,
        sum(CASE WHEN position <= 50 THEN 1 ELSE 0 END) OVER (PARTITION BY snapshot_date, group_key) AS in_top50
    FROM grouped
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
