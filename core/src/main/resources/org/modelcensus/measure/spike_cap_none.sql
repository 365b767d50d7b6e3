-- No spike is capped: the shape of spike_cap.sql without rows.
SELECT CAST(NULL AS STRING) AS model_id, CAST(0 AS BIGINT) AS excess
WHERE FALSE;
