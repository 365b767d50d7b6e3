-- Version 4: where each declaration of base models came from, and how often the Hub's own lineage and the tags
-- disagree; rows of earlier versions have neither (NULL, 0).
ALTER TABLE model_observation ADD COLUMN IF NOT EXISTS base_model_source VARCHAR;

ALTER TABLE crawl_model ADD COLUMN IF NOT EXISTS base_model_source VARCHAR;

ALTER TABLE lineage_quality ADD COLUMN IF NOT EXISTS disagreements BIGINT DEFAULT 0;
