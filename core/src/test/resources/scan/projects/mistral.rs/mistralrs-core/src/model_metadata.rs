//! Static per-architecture metadata powering the supported-models reference.
//! One architecture often serves several brand names (Qwen 3.5/3.6, LFM2/LFM2.5);
//! `families` carries those names while the loader enum stays the machine-matchable key.
//! `supported_models_matches_committed` keeps docs/.../reference/supported-models.md in sync;
//! refresh with `cargo test -p mistralrs-core regenerate_supported_models -- --ignored`.

use std::fmt::Write as _;

use strum::IntoEnumIterator;

use crate::pipeline::SupportedModality;
use crate::speech_models::SpeechLoaderType;
use crate::{DiffusionLoaderType, EmbeddingLoaderType, MultimodalLoaderType, NormalLoaderType};

use SupportedModality::{Audio, Embedding, Text, Video, Vision};

impl NormalLoaderType {
    pub fn arch_metadata(&self) -> ArchMetadata {
        let m = &[Text][..];
        match self {
            Self::Mistral => ArchMetadata {
                families: &["Mistral"],
                modalities: m,
                examples: &[ex!("mistralai/Mistral-7B-Instruct-v0.3")],
            },
            Self::Gemma => ArchMetadata {
                families: &["Gemma"],
                modalities: m,
                examples: &[ex!("google/gemma-7b-it")],
            },
            Self::Mixtral => ArchMetadata {
                families: &["Mixtral"],
                modalities: m,
                examples: &[ex!("mistralai/Mixtral-8x7B-Instruct-v0.1")],
            },
            Self::Llama => ArchMetadata {
                families: &["Llama 2", "Llama 3.x"],
                modalities: m,
                examples: &[ex!("meta-llama/Llama-3.1-8B-Instruct")],
            },
            Self::Phi2 => ArchMetadata {
                families: &["Phi-2"],
                modalities: m,
                examples: &[ex!("microsoft/phi-2")],
            },
            Self::Phi3 => ArchMetadata {
                families: &["Phi-3", "Phi-3.5"],
                modalities: m,
                examples: &[ex!("microsoft/Phi-3-medium-4k-instruct")],
            },
            Self::Qwen2 => ArchMetadata {
                families: &["Qwen2", "Qwen2.5"],
                modalities: m,
                examples: &[
                    ex!("Qwen/Qwen2.5-7B-Instruct", "2.5"),
                    ex!("Qwen/Qwen2-7B-Instruct", "2"),
                ],
            },
            Self::Gemma2 => ArchMetadata {
                families: &["Gemma 2"],
                modalities: m,
                examples: &[ex!("google/gemma-2-9b-it")],
            },
            Self::Starcoder2 => ArchMetadata {
                families: &["Starcoder2"],
                modalities: m,
                examples: &[ex!("bigcode/starcoder2-7b")],
            },
            Self::Phi3_5MoE => ArchMetadata {
                families: &["Phi-3.5-MoE"],
                modalities: m,
                examples: &[ex!("microsoft/Phi-3.5-MoE-instruct")],
            },
            Self::DeepSeekV2 => ArchMetadata {
                families: &["DeepSeek-V2"],
                modalities: m,
                examples: &[ex!("deepseek-ai/DeepSeek-V2-Chat")],
            },
            Self::DeepSeekV3 => ArchMetadata {
                families: &["DeepSeek-V3", "DeepSeek-R1"],
                modalities: m,
                examples: &[
                    ex!("deepseek-ai/DeepSeek-V3", "V3"),
                    ex!("deepseek-ai/DeepSeek-R1", "R1"),
                ],
            },
            Self::Qwen3 => ArchMetadata {
                families: &["Qwen3"],
                modalities: m,
                examples: &[ex!("Qwen/Qwen3-4B")],
            },
            Self::GLM4 => ArchMetadata {
                families: &["GLM-4"],
                modalities: m,
                examples: &[ex!("zai-org/GLM-4-32B-0414")],
            },
            Self::GLM4MoeLite => ArchMetadata {
                families: &["GLM-4.7-Flash"],
                modalities: m,
                examples: &[ex!("zai-org/GLM-4.7-Flash")],
            },
            Self::GLM4Moe => ArchMetadata {
                families: &["GLM-4.7"],
                modalities: m,
                examples: &[ex!("zai-org/GLM-4.7")],
            },
            Self::Qwen3Moe => ArchMetadata {
                families: &["Qwen3 MoE"],
                modalities: m,
                examples: &[ex!("Qwen/Qwen3-30B-A3B")],
            },

impl EmbeddingLoaderType {
    pub fn arch_metadata(&self) -> ArchMetadata {
        match self {
            Self::EmbeddingGemma => ArchMetadata {
                families: &["EmbeddingGemma"],
                modalities: &[Embedding],
                examples: &[ex!("google/embeddinggemma-300m")],
            },
            Self::Qwen3Embedding => ArchMetadata {
                families: &["Qwen3 Embedding"],
                modalities: &[Embedding],
                examples: &[ex!("Qwen/Qwen3-Embedding-0.6B")],
            },
        }
    }
}

impl DiffusionLoaderType {
    pub fn arch_metadata(&self) -> ArchMetadata {
        match self {
            Self::Flux => ArchMetadata {
                families: &["FLUX.1"],
                modalities: &[Text, Vision],
                examples: &[ex!("black-forest-labs/FLUX.1-schnell")],
            },
            Self::FluxOffloaded => ArchMetadata {
                families: &["FLUX.1 (offloaded)"],
                modalities: &[Text, Vision],
                examples: &[ex!("black-forest-labs/FLUX.1-schnell")],
            },
        }
    }
}

impl SpeechLoaderType {
    pub fn arch_metadata(&self) -> ArchMetadata {
        match self {
