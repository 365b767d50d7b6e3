-- Version 3: every snapshot is of a hub; the snapshots of a store of an earlier version are all of Hugging Face.
ALTER TABLE snapshot ADD COLUMN IF NOT EXISTS hub VARCHAR DEFAULT 'huggingface';
