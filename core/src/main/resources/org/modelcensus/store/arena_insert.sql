-- One model's standing on one date. Parameters: date, key, display name, rating, printed rank, ci plus, ci minus,
-- votes, licence, organisation, file name.
INSERT INTO arena_rating VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
