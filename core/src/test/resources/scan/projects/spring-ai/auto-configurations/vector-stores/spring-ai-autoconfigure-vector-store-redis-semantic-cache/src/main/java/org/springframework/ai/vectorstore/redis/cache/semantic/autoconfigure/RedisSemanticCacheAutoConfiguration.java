 * @author Yanming Zhou
 */
@AutoConfiguration
@ConditionalOnClass({ DefaultSemanticCache.class, RedisClient.class, CallAdvisor.class, StreamAdvisor.class,
		TransformersEmbeddingModel.class })
@EnableConfigurationProperties(RedisSemanticCacheProperties.class)
@ConditionalOnProperty(name = "spring.ai.vectorstore.redis.semantic-cache.enabled", havingValue = "true",
		matchIfMissing = true)
public class RedisSemanticCacheAutoConfiguration {

	private static final String LANGCACHE_TOKENIZER_URI = "https://huggingface.co/redis/langcache-embed-v1/resolve/main/tokenizer.json";

	private static final String LANGCACHE_MODEL_URI = "https://huggingface.co/redis/langcache-embed-v1/resolve/main/onnx/model.onnx";

	/**
	 * Provides a default EmbeddingModel using the redis/langcache-embed-v1 model. This
	 * model is specifically designed for semantic caching and provides 768-dimensional
	 * embeddings. It matches the default model used by RedisVL Python library.
	 * @return the embedding model for semantic caching
	 * @throws Exception if model initialization fails
	 */
	@Bean
	@ConditionalOnMissingBean(EmbeddingModel.class)
	@ConditionalOnClass(TransformersEmbeddingModel.class)
	public EmbeddingModel semanticCacheEmbeddingModel() throws Exception {
		TransformersEmbeddingModel model = new TransformersEmbeddingModel();
		model.setTokenizerResource(LANGCACHE_TOKENIZER_URI);
		model.setModelResource(LANGCACHE_MODEL_URI);
		model.afterPropertiesSet();
		return model;
	}

	/**
	 * Creates a RedisClient client for Redis connections, honoring the SSL, password,
	 * client name, and timeout settings from the {@link JedisConnectionFactory}.
	 * @param jedisConnectionFactory the Jedis connection factory
