import json
import logging
import os
from typing import Dict, List, Optional, Union

try:
    from groq import Groq
except ImportError:
    raise ImportError("The 'groq' library is required. Please install it using 'pip install groq'.")

from mem0.configs.llms.base import BaseLlmConfig
from mem0.llms.base import LLMBase
from mem0.memory.utils import extract_json

logger = logging.getLogger(__name__)


class GroqLLM(LLMBase):
    def __init__(self, config: Optional[BaseLlmConfig] = None):
        super().__init__(config)

        if not self.config.model:
            self.config.model = "llama-3.3-70b-versatile"

        api_key = self.config.api_key or os.getenv("GROQ_API_KEY")
        self.client = Groq(api_key=api_key)

    @staticmethod
    def _supports_json_mode(model: Optional[Union[str, Dict]]) -> bool:
        """
        Groq's compound agentic systems (e.g. ``groq/compound``, ``groq/compound-mini``)
        do not support the JSON ``response_format`` and return empty or non-JSON content
        when it is requested. See https://console.groq.com/docs/structured-outputs.

        Non-string models (the config allows a dict) are assumed to support JSON mode,
        preserving prior behavior.
        """
        if not isinstance(model, str):
            return True
        # Strip provider prefixes (e.g. "groq/compound-mini" -> "compound-mini"),
        # mirroring the _is_reasoning_model heuristic in LLMBase, so the match
        # targets the compound family rather than any name containing the substring.
        base_model = model.lower().rsplit("/", 1)[-1]
        return not base_model.startswith("compound")

