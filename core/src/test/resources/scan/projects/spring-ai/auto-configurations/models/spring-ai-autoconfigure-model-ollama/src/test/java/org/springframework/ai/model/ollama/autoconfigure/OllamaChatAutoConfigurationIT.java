package org.springframework.ai.model.ollama.autoconfigure;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.ollama.api.OllamaModel;
import org.springframework.ai.ollama.management.OllamaModelManager;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * @author Christian Tzolov
 * @author Eddú Meléndez
 * @author Thomas Vitale
 * @since 0.8.0
 */
public class OllamaChatAutoConfigurationIT extends BaseOllamaIT {

	private static final String MODEL_NAME = OllamaModel.QWEN_2_5_3B.getName();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withPropertyValues(
	// @formatter:off
				"spring.ai.ollama.base-url=" + getBaseUrl(),
				"spring.ai.ollama.chat.model=" + MODEL_NAME,
				"spring.ai.ollama.chat.temperature=0.0")
				// @formatter:on
		.withConfiguration(ollamaAutoConfig(OllamaChatAutoConfiguration.class));

	private final UserMessage userMessage = new UserMessage("What's the capital of Denmark?");

	@BeforeAll
	public static void beforeAll() throws IOException, InterruptedException {
		initializeOllama(MODEL_NAME);
	}

	@Test
	public void chatCompletion() {
		this.contextRunner.run(context -> {
			OllamaChatModel chatModel = context.getBean(OllamaChatModel.class);
			ChatResponse response = chatModel.call(new Prompt(this.userMessage));
			assertThat(response.getResult().getOutput().getText()).contains("Copenhagen");
		});
	}

	@Test
	public void chatCompletionStreaming() {
		this.contextRunner.run(context -> {

			OllamaChatModel chatModel = context.getBean(OllamaChatModel.class);

			Flux<ChatResponse> response = chatModel.stream(new Prompt(this.userMessage));

			List<ChatResponse> responses = response.collectList().block();
			assertThat(responses.size()).isGreaterThan(1);

			String stitchedResponseContent = responses.stream()
				.map(ChatResponse::getResults)
				.flatMap(List::stream)
				.map(Generation::getOutput)
				.map(AssistantMessage::getText)
				.collect(Collectors.joining());

			assertThat(stitchedResponseContent).contains("Copenhagen");
		});
	}

	@Test
	public void chatCompletionWithPull() {
		this.contextRunner.withPropertyValues("spring.ai.ollama.init.pull-model-strategy=when_missing")
			.withPropertyValues("spring.ai.ollama.chat.model=tinyllama")
			.run(context -> {
				var model = "tinyllama";
				OllamaApi ollamaApi = context.getBean(OllamaApi.class);
				var modelManager = new OllamaModelManager(ollamaApi);
				assertThat(modelManager.isModelAvailable(model)).isTrue();

				OllamaChatModel chatModel = context.getBean(OllamaChatModel.class);
				ChatResponse response = chatModel.call(new Prompt(this.userMessage));
				assertThat(response.getResult().getOutput().getText()).contains("Copenhagen");
				modelManager.deleteModel(model);
			});
	}

