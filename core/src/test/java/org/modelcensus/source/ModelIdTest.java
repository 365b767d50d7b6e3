package org.modelcensus.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void idsThatAreNotTheHubsAreProblemsSaidOnOneLine() {
        assertThat(ModelId.problem("Qwen/Qwen2.5-7B-Instruct", false)).isEmpty();
        assertThat(ModelId.problem("gpt2", true)).isEmpty();
        assertThat(ModelId.problem("gpt2", false)).contains("is \"gpt2\"; " + ModelId.EXPECTED);
        for (String bad : List.of(
                "../../etc/passwd",
                "a/b/c",
                "a b/c",
                "a/b c",
                "a/-b",
                "a--b/c",
                "a/b..c",
                "/b",
                "a/",
                "a/" + "x".repeat(97))) {
            assertThat(ModelId.problem(bad, true)).as(bad).isPresent();
        }
        assertThat(ModelId.problem("a/b\nc\u0000", true)).contains("is \"a/b\\u000ac\\u0000\"; " + ModelId.EXPECTED);
        assertThat(ModelId.problem("a/" + "x".repeat(96), true)).isEmpty();
    }
}
