"""Test broken and corrupted cache states.

Scenario 2: Broken/Corrupted State Scenarios
"""

from pathlib import Path

from private_gpt.components.llm.tokenizers.models.model_cache import (
    find_local_cache_model,
    find_repo_candidates,
    validate_model_path,
)


class TestCaseInsensitiveMatching:
    """Scenario 2.5: Case-insensitive model ID matching."""

    def test_lowercase_model_id_found(self, create_hf_repo, tokenizer_files: list[str]):
        """Model ID case mismatch should still find model."""
        # Create repo with mixed case
        repo_dir = create_hf_repo(
            "MistralAI/Mistral-7B-v0.1",
            snapshots=[
                {
                    "hash": "abc123",
                    "mtime": 1000,
                    "files": [*tokenizer_files, "model.safetensors"],
                }
            ],
        )

        # Request with different case
        result = find_local_cache_model(
            "mistralai/mistral-7b-v0.1",  # lowercase
            repo_dir.parent,
            tokenizer_only=False,
        )

        # Should find despite case mismatch
        assert result is not None

    def test_uppercase_model_id_found(self, create_hf_repo, tokenizer_files: list[str]):
        """Uppercase request should find lowercase cache."""
        repo_dir = create_hf_repo(
            "mistralai/mistral-7b-v0.1",  # lowercase in cache
            snapshots=[
                {
                    "hash": "def456",
                    "mtime": 2000,
                    "files": [*tokenizer_files, "model.safetensors"],
                }
            ],
        )

        # Request with uppercase (will be converted internally)
        result = find_local_cache_model(
            "mistralai/mistral-7b-v0.1",
            repo_dir.parent,
            tokenizer_only=False,
        )

        assert result is not None

