-- The Hub ids of the store in the namespaces of the leaderboard's organisations (arena_namespace, lower case), among
-- which the mapping seeks a model's repository.
SELECT DISTINCT o.model_id
FROM model_observation o
JOIN arena_namespace n ON n.namespace = lower(o.namespace)
ORDER BY o.model_id
