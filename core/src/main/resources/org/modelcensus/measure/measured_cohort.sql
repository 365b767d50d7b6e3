-- The measured downloads of the models created in a cohort's range [first moment, end moment); a model of unknown
-- creation leaves a cohort that restricts creation. Parameters: all models?, first moment, end moment (exclusive).
SELECT model_id, namespace, downloads, decreased, before_data, created_at
FROM measured_all
WHERE ? OR (created_at IS NOT NULL AND created_at >= CAST(? AS TIMESTAMP) AND created_at < CAST(? AS TIMESTAMP));
