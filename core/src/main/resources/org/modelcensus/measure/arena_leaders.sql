-- The five best models of each leaderboard date from ? to ? (open-weights ones only where asked), with their group.
-- Parameters: first date, last date, 'country' or 'organization', TRUE to keep open-weights models only.
WITH rated AS (
    SELECT
        r.snapshot_date,
        r.model_key,
        r.display_name,
        r.rating,
        r.printed_rank,
        m.weights,
        m.country,
        m.organization,
        rank() OVER (PARTITION BY r.snapshot_date ORDER BY r.rating DESC) AS position
    FROM arena_rating r
    JOIN arena_model m ON m.model_key = r.model_key
    WHERE r.snapshot_date >= ? AND r.snapshot_date <= ?
),
placed AS (
    SELECT
        *,
        coalesce(CASE WHEN ? = 'country' THEN nullif(country, '') ELSE nullif(organization, '') END, 'UNKNOWN')
            AS group_key,
        row_number() OVER (PARTITION BY snapshot_date ORDER BY rating DESC, model_key) AS place
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
