package org.modelcensus.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelIdTest {
    @Test
    void parsesOwnerAndNameKeepingCase() {
        assertThat(ModelId.parse("Qwen/Qwen2.5-7B-Instruct")).contains(new ModelId("Qwen", "Qwen2.5-7B-Instruct"));
        assertThat(ModelId.parse("Qwen/Qwen2.5-7B-Instruct").orElseThrow()).hasToString("Qwen/Qwen2.5-7B-Instruct");
    }

    @Test
    void rejectsTextThatIsNoModelId() {
        assertThat(ModelId.parse("gpt2")).isEmpty();
        assertThat(ModelId.parse("a/b/c")).isEmpty();
        assertThat(ModelId.parse("/b")).isEmpty();
        assertThat(ModelId.parse("a/")).isEmpty();
        assertThat(ModelId.parse("a b/c")).isEmpty();
    }

    @Test
    void theNamespaceIsTheOwnerElseTheAuthor() {
        assertThat(ModelId.namespaceOf("meta-llama/Llama-3.1-8B", "someone")).contains("meta-llama");
        assertThat(ModelId.namespaceOf("gpt2", "openai-community")).contains("openai-community");
        assertThat(ModelId.namespaceOf("gpt2", null)).isEmpty();
    }
}
