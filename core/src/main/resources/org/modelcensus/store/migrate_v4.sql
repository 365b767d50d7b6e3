-- Version 4: where each declaration of base models came from, how often the Hub's own lineage and the tags disagree,
-- and the Hub's trending score; rows of earlier versions have none of them (NULL, 0, NULL).
ALTER TABLE model_observation ADD COLUMN IF NOT EXISTS base_model_source VARCHAR;

ALTER TABLE crawl_model ADD COLUMN IF NOT EXISTS base_model_source VARCHAR;

ALTER TABLE model_observation ADD COLUMN IF NOT EXISTS trending_score DOUBLE;

ALTER TABLE crawl_model ADD COLUMN IF NOT EXISTS trending_score DOUBLE;

ALTER TABLE lineage_quality ADD COLUMN IF NOT EXISTS disagreements BIGINT DEFAULT 0;
