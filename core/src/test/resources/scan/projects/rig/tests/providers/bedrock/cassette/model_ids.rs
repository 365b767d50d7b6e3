//! Bedrock model-identifier regression coverage, recorded from the real API.
//!
//! `rig-bedrock` shipped 39 model constants that Bedrock cannot invoke: 29
//! identifiers retired out of `ListFoundationModels` entirely, and 10 that
//! exist but are servable only through a cross-region inference profile. Both
//! failure modes are recorded here so a future edit that reintroduces a bare
//! or retired identifier fails against real provider responses rather than
//! against a hand-written expectation.

use rig::bedrock;
use rig::completion::CompletionModel;
use rig::prelude::*;

use super::super::support::with_bedrock_cassette;
use crate::support::assert_nonempty_response;

/// A retired identifier — every `anthropic.claude-*` constant the crate used
/// to ship was one of these — answers `ResourceNotFoundException`, and the
/// provider's own wording has to survive into the Rig error.
#[tokio::test]
async fn retired_model_id_preserves_provider_error() {
    with_bedrock_cassette(
        "model_ids/retired_model_id_preserves_provider_error",
        |client| async move {
            let model = client.completion_model("anthropic.claude-3-5-sonnet-20240620-v1:0");
            let request = model.completion_request("Say hi.").max_tokens(8).build();

            let error = model
                .completion(request)
                .await
                .expect_err("a retired model id should be a provider error");

            let body = error
                .provider_response_body()
                .expect("provider error body should be preserved");
            assert!(
                body.contains("end of its life"),
                "expected Bedrock's end-of-life wording, got {body:?}"
            );
        },
    )
    .await;
}

/// A model that exists but is profile-only rejects the *bare* identifier. This
/// is what made `DEEPSEEK_R1` and the Llama 3.3/4 constants unusable: the id
/// resolves, so the failure is a validation error naming on-demand throughput
/// rather than a missing resource.
#[tokio::test]
async fn bare_profile_only_model_id_is_rejected() {
    with_bedrock_cassette(
        "model_ids/bare_profile_only_model_id_is_rejected",
        |client| async move {
            let model = client.completion_model("deepseek.r1-v1:0");
            let request = model.completion_request("Say hi.").max_tokens(8).build();

            let error = model
                .completion(request)
                .await
                .expect_err("a bare profile-only model id should be a provider error");

            let body = error
                .provider_response_body()
                .expect("provider error body should be preserved");
            assert!(
                body.contains("on-demand throughput"),
                "expected Bedrock's on-demand-throughput wording, got {body:?}"
            );
        },
    )
    .await;
}
