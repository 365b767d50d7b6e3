-- Every model of the store's leaderboard standings, with the display name, licence and organisation of its latest
-- date (what the mapping reads).
SELECT
    model_key,
    max_by(display_name, snapshot_date) AS display_name,
    max_by(license, snapshot_date) AS license,
    max_by(organization, snapshot_date) AS organization
FROM arena_rating
GROUP BY model_key
ORDER BY model_key
