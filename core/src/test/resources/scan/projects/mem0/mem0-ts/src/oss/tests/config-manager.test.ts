/// <reference types="jest" />
import { ConfigManager } from "../src/config/manager";

describe("ConfigManager", () => {
  describe("mergeConfig - dimension handling", () => {
    const baseLlm = {
      provider: "openai",
      config: { apiKey: "test-key" },
    };

    it("should leave dimension undefined when no explicit dimension or embeddingDims provided", () => {
      const config = ConfigManager.mergeConfig({
        embedder: { provider: "openai", config: { apiKey: "test-key" } },
        vectorStore: { provider: "memory", config: { collectionName: "test" } },
        llm: baseLlm,
      });

      // Dimension should be undefined so Memory._autoInitialize() will
      // auto-detect it via a probe embedding at runtime.
      expect(config.vectorStore.config.dimension).toBeUndefined();
    });

    it("should use embeddingDims from embedder config when provided", () => {
      const config = ConfigManager.mergeConfig({
        embedder: {
          provider: "ollama",
          config: { model: "nomic-embed-text", embeddingDims: 768 },
        },
        vectorStore: { provider: "qdrant", config: { collectionName: "test" } },
        llm: baseLlm,
      });

      expect(config.vectorStore.config.dimension).toBe(768);
    });

  describe("mergeConfig - LLM url passthrough for Ollama", () => {
    const baseEmbedder = {
      provider: "openai",
      config: { apiKey: "test-key" },
    };
    const baseVectorStore = {
      provider: "memory",
      config: { collectionName: "test" },
    };

    it("should preserve url in LLM config when provided", () => {
      const config = ConfigManager.mergeConfig({
        embedder: baseEmbedder,
        vectorStore: baseVectorStore,
        llm: {
          provider: "ollama",
          config: { model: "llama3.2:3b", url: "http://10.0.0.100:11434" },
        },
      });

      expect(config.llm.config.url).toBe("http://10.0.0.100:11434");
    });

    it("should prefer baseURL over url when both are provided", () => {
      const config = ConfigManager.mergeConfig({
        embedder: baseEmbedder,
        vectorStore: baseVectorStore,
        llm: {
          provider: "ollama",
          config: {
            model: "llama3.2:3b",
            baseURL: "http://custom:11434",
            url: "http://fallback:11434",
          },
        },
      });

      expect(config.llm.config.baseURL).toBe("http://custom:11434");
      expect(config.llm.config.url).toBe("http://fallback:11434");
    });

    it("should use url as baseURL fallback when no baseURL provided (issue #4715)", () => {
      const config = ConfigManager.mergeConfig({
        embedder: baseEmbedder,
        vectorStore: baseVectorStore,
        llm: {
          provider: "ollama",
          config: { model: "llama3.1:8b", url: "http://my-ollama-host:11434" },
        },
      });

      expect(config.llm.config.baseURL).toBe("http://my-ollama-host:11434");
      expect(config.llm.config.url).toBe("http://my-ollama-host:11434");
    });

    it("should use default baseURL when no url or baseURL provided", () => {
      const config = ConfigManager.mergeConfig({
        embedder: baseEmbedder,
        vectorStore: baseVectorStore,
        llm: {
          provider: "ollama",
          config: { model: "llama3.2:3b" },
        },
      });

      expect(config.llm.config.url).toBeUndefined();
      expect(config.llm.config.baseURL).toBe("https://api.openai.com/v1");
    });

    it("normalizes vllm_base_url to baseURL for vLLM", () => {
      const config = ConfigManager.mergeConfig({
        embedder: baseEmbedder,
        vectorStore: baseVectorStore,
        llm: {
          provider: "vllm",
          config: {
            model: "Qwen/Qwen2.5-32B-Instruct",
            vllm_base_url: "http://localhost:8000/v1",
          },
        },
      });

      expect(config.llm.config.baseURL).toBe("http://localhost:8000/v1");
    });

    it("does not inject the OpenAI baseURL default for vLLM", () => {
      const config = ConfigManager.mergeConfig({
        embedder: baseEmbedder,
        vectorStore: baseVectorStore,
        llm: {
          provider: "vllm",
          config: { model: "Qwen/Qwen2.5-32B-Instruct" },
        },
      });

      expect(config.llm.config.baseURL).toBeUndefined();
    });

