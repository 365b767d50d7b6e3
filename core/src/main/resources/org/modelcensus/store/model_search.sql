-- Model ids containing a text, case-insensitively, shortest first. Parameters: text, limit.
SELECT model_id
FROM (SELECT DISTINCT model_id FROM model_observation WHERE contains(lower(model_id), lower(?)))
ORDER BY length(model_id), model_id
LIMIT ?;
