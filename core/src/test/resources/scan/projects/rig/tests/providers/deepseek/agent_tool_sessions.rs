//! Cassette-backed DeepSeek long-session and tool-contract regression tests.
//!
//! These scenarios stress Rig's DeepSeek OpenAI-compatible chat-completions path
//! with multi-turn tool loops, streamed tool-call deltas, complex JSON tool
//! arguments, explicit tool choice, reasoning metadata, structured JSON output,
//! and caller-owned long chat history.

use std::sync::{Arc, Mutex};

use anyhow::Result;
use rig::completion::NormalizeCompletionResponse;
use rig::completion::{Chat, CompletionModel, Message};
use rig::message::{AssistantContent, ToolChoice, UserContent};
use rig::prelude::*;
use rig::providers::deepseek;
use rig::streaming::{StreamingChat, StreamingPrompt};
use rig::tool::Tool;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::support::{
    ALPHA_SIGNAL_OUTPUT, AlphaSignal, BETA_SIGNAL_OUTPUT, BetaSignal, TWO_TOOL_STREAM_PREAMBLE,
    TWO_TOOL_STREAM_PROMPT, assert_contains_all_case_insensitive, assert_nonempty_response,
    assert_raw_stream_tool_call_arguments_are_objects, assert_two_tool_roundtrip_contract,
    assistant_text_response, collect_raw_stream_observation, collect_stream_observation,
};

use super::support::with_deepseek_cassette_result;

const SESSION_MODEL: &str = deepseek::DEEPSEEK_V4_FLASH;
const CHAT_ALIAS_MODEL: &str = "deepseek-chat";
const REASONER_ALIAS_MODEL: &str = "deepseek-reasoner";

fn non_thinking_params() -> serde_json::Value {
    json!({
        "thinking": { "type": "disabled" }
    })
}

fn thinking_params() -> serde_json::Value {
