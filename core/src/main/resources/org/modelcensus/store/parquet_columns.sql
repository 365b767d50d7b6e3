-- The top-level column names of a Parquet file. Parameters: file.
SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet(?)) ORDER BY column_name;
