//! Ollama API client and Rig integration
//!
//! # Example
//! ```ignore
//! use rig_core::{
//!     client::{CompletionClient, EmbeddingsClient, Nothing},
//!     completion::CompletionModel,
//!     embeddings::EmbeddingModel,
//!     providers::ollama,
//! };
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! // Create a new Ollama client (defaults to http://localhost:11434, no auth)
//! let client = ollama::Client::new(Nothing)?;
//!
//! // Or connect to a remote/proxied Ollama instance with authentication
//! let client = ollama::Client::builder()
//!     .api_key("my-secret-key")
//!     .base_url("http://remote-ollama:11434")
//!     .build()?;
//!
//! // Send a completion request with a preamble.
//! let model = client.completion_model("qwen2.5:14b");
//! let request = model
//!     .completion_request("Entertain me!")
//!     .preamble("You are a comedian here to entertain the user using humour and jokes.".to_string())
//!     .build();
//! let response = model.completion(request).await?;
//! println!("{:?}", response.choice);
//!
//! // Create an embedding model using the "all-minilm" model
//! let emb_model = client.embedding_model_with_ndims("all-minilm", 384);
//! let embeddings = emb_model.embed_texts(vec![
//!     "Why is the sky blue?".to_owned(),
//!     "Why is the grass green?".to_owned()
//! ]).await?;
//! println!("Embedding response: {:?}", embeddings);
//! # Ok(())
//! # }
//! ```
use crate::client::{self, ApiKey, DebugExt, ModelLister, Nothing, Provider};
// ---------- Embedding API ----------

pub const ALL_MINILM: &str = "all-minilm";
pub const NOMIC_EMBED_TEXT: &str = "nomic-embed-text";

fn model_dimensions_from_identifier(identifier: &str) -> Option<usize> {
    match identifier {
        ALL_MINILM => Some(384),
        NOMIC_EMBED_TEXT => Some(768),
        _ => None,
    }
// ---------- Completion API ----------

pub const LLAMA3_2: &str = "llama3.2";
pub const LLAVA: &str = "llava";
pub const MISTRAL: &str = "mistral";

impl TryFrom<CompletionResponse> for completion::CompletionResponse {
    type Error = CompletionError;
    fn try_from(resp: CompletionResponse) -> Result<Self, Self::Error> {
        let usage = Usage::from(&resp);
        let finish_reason = resp.done_reason.as_deref().map(map_done_reason);
        let model = resp.model.clone();
        let permits_omitted_think_start = resp.model.to_ascii_lowercase().contains("qwen3");

