from __future__ import annotations

from typing import TYPE_CHECKING, Any

from private_gpt.components.model_discovery.client import model_info_from_item
from private_gpt.components.model_discovery.models import (
    ClassifiedModel,
    ModelClassificationResult,
    ModelKind,
    ModelProvider,
)

if TYPE_CHECKING:
    from private_gpt.chat.input_models import ModelInfoOutput
    from private_gpt.components.model_discovery.client import DiscoveryHttpClient

OLLAMA_EMBEDDING_FAMILIES = {
    "bert",
    "nomic-bert",
    "sentence-transformers",
}

