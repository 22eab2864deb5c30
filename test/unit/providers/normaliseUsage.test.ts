import assert from 'node:assert/strict';
import { normaliseBedrockUsage, normaliseOpenAiUsage } from '../../../src/providers/normaliseUsage';

describe('providers/normaliseUsage', () => {
  it('DeepSeek: input = hit + miss, cached = hit, output includes reasoning', () => {
    assert.deepEqual(
      normaliseOpenAiUsage({ prompt_tokens: 1500, completion_tokens: 90, prompt_cache_hit_tokens: 1200, prompt_cache_miss_tokens: 300, completion_tokens_details: { reasoning_tokens: 40 } }),
      { inputTokens: 1500, cachedInputTokens: 1200, cacheWriteTokens: 0, outputTokens: 90, reasoningTokens: 40 },
    );
  });

  it('DeepSeek without prompt_tokens: input from hit + miss', () => {
    assert.equal(normaliseOpenAiUsage({ completion_tokens: 1, prompt_cache_hit_tokens: 64, prompt_cache_miss_tokens: 7 })?.inputTokens, 71);
  });

  it('OpenAI: prompt_tokens_details.cached_tokens and completion_tokens_details.reasoning_tokens', () => {
    assert.deepEqual(
      normaliseOpenAiUsage({ prompt_tokens: 2006, completion_tokens: 300, prompt_tokens_details: { cached_tokens: 1920 }, completion_tokens_details: { reasoning_tokens: 256 } }),
      { inputTokens: 2006, cachedInputTokens: 1920, cacheWriteTokens: 0, outputTokens: 300, reasoningTokens: 256 },
    );
  });

  it('a host that leaves reasoning out of completion_tokens gets it added back', () => {
    assert.equal(normaliseOpenAiUsage({ prompt_tokens: 5, completion_tokens: 10, completion_tokens_details: { reasoning_tokens: 30 } })?.outputTokens, 40);
  });

  it('no counts at all is no usage', () => {
    assert.equal(normaliseOpenAiUsage(null), null);
    assert.equal(normaliseOpenAiUsage({}), null);
    assert.equal(normaliseOpenAiUsage({ total_tokens: 9 }), null);
  });

  it('Bedrock: cache reads and writes are added to inputTokens', () => {
    assert.deepEqual(normaliseBedrockUsage({ inputTokens: 10, outputTokens: 5, totalTokens: 1215, cacheReadInputTokens: 1000, cacheWriteInputTokens: 200 }), {
      inputTokens: 1210,
      cachedInputTokens: 1000,
      cacheWriteTokens: 200,
      outputTokens: 5,
      reasoningTokens: 0,
    });
  });

  it('Bedrock: when totalTokens shows the cache already inside inputTokens, nothing is added', () => {
    assert.equal(normaliseBedrockUsage({ inputTokens: 1210, outputTokens: 5, totalTokens: 1215, cacheReadInputTokens: 1000 })?.inputTokens, 1210);
  });
});
