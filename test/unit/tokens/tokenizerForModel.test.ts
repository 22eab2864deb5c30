import * as assert from 'node:assert/strict';
import { tokenizerForModel } from '../../../src/core/tokens/tokenCounter';
import type { TokenizerId } from '../../../src/core/tokens/tokenCounter';
import type { ProviderId } from '../../../src/core/model';

describe('tokenizerForModel', () => {
  const table: [string, TokenizerId][] = [
    // OpenAI, o200k_base
    ['gpt-4o', 'o200k'],
    ['gpt-4o-mini-2024-07-18', 'o200k'],
    ['chatgpt-4o-latest', 'o200k'],
    ['gpt-4.1-nano', 'o200k'],
    ['gpt-4.5-preview', 'o200k'],
    ['gpt-5', 'o200k'],
    ['gpt-5.6-terra', 'o200k'],
    ['o1', 'o200k'],
    ['o3-mini', 'o200k'],
    ['o4-mini-2025-04-16', 'o200k'],
    ['gpt-oss-120b', 'o200k'],
    ['openai/gpt-4o', 'o200k'],
    ['ft:gpt-4o-mini:my-org::abc123', 'o200k'],
    ['openai.gpt-oss-20b-1:0', 'o200k'],
    ['GPT-4O', 'o200k'],
    // OpenAI, cl100k_base
    ['gpt-4', 'cl100k'],
    ['gpt-4-turbo-2024-04-09', 'cl100k'],
    ['gpt-4-32k', 'cl100k'],
    ['gpt-3.5-turbo', 'cl100k'],
    ['gpt-35-turbo', 'cl100k'],
    ['ft:gpt-3.5-turbo-0125:org::x', 'cl100k'],
    ['text-embedding-3-small', 'cl100k'],
    ['text-embedding-ada-002', 'cl100k'],
    ['davinci-002', 'cl100k'],
    // DeepSeek on any host
    ['deepseek-chat', 'deepseek-v3'],
    ['deepseek-reasoner', 'deepseek-v3'],
    ['deepseek-ai/DeepSeek-V3', 'deepseek-v3'],
    ['Pro/deepseek-ai/DeepSeek-R1', 'deepseek-v3'],
    ['us.deepseek.r1-v1:0', 'deepseek-v3'],
    ['deepseek.v3.2', 'deepseek-v3'],
    ['DeepSeek-V3.2', 'deepseek-v3'],
    ['deepseek-v4-flash', 'deepseek-v3'],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-32B', 'approx-qwen'],
    ['deepseek-ai/DeepSeek-R1-Distill-Llama-70B', 'approx-generic'],
    // Claude: 3 to 4.6, then the newer tokenizer from Opus 4.7 on
    ['claude-3-5-sonnet-20240620', 'approx-claude'],
    ['claude-3-haiku-20240307', 'approx-claude'],
    ['claude-opus-4-20250514', 'approx-claude'],
    ['claude-sonnet-4-5', 'approx-claude'],
    ['claude-sonnet-4-6', 'approx-claude'],
    ['us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'approx-claude'],
    ['claude-sonnet-4@20250514', 'approx-claude'],
    ['claude-2.1', 'approx-claude'],
    ['claude-opus-4-7', 'approx-claude-4.7'],
    ['claude-opus-5', 'approx-claude-4.7'],
    ['claude-sonnet-5', 'approx-claude-4.7'],
    ['anthropic.claude-opus-4-7-v1:0', 'approx-claude-4.7'],
    ['claude-latest', 'approx-claude-4.7'],
    // Gemini, Qwen, others
    ['gemini-2.5-flash', 'approx-gemini'],
    ['models/gemini-3-flash-preview', 'approx-gemini'],
    ['gemma-3-27b-it', 'approx-gemini'],
    ['qwen-max', 'approx-qwen'],
    ['Qwen/Qwen3-235B-A22B', 'approx-qwen'],
    ['qwq-32b', 'approx-qwen'],
    ['meta-llama/Llama-3.3-70B-Instruct', 'approx-generic'],
    ['glm-4.6', 'approx-generic'],
    ['proto3-model', 'approx-generic'],
  ];
  for (const [model, expected] of table) {
    it(`${model} -> ${expected}`, () => assert.equal(tokenizerForModel(model), expected));
  }

  it('uses the host default when the model is unknown or null', () => {
    const cases: [string | null, ProviderId, TokenizerId][] = [
      [null, 'openai', 'o200k'],
      [null, 'deepseek', 'deepseek-v3'],
      [null, 'anthropic', 'approx-claude-4.7'],
      [null, 'google', 'approx-gemini'],
      [null, 'huawei-maas', 'approx-generic'],
      ['my-azure-deployment', 'azure-foundry', 'approx-generic'],
      ['some-new-alias', 'deepseek', 'deepseek-v3'],
    ];
    for (const [model, provider, expected] of cases) assert.equal(tokenizerForModel(model, provider), expected, `${model} on ${provider}`);
    assert.equal(tokenizerForModel(null), 'approx-generic');
  });

  it('lets the model name win over the host (gpt-4o on Azure, DeepSeek on Bedrock)', () => {
    assert.equal(tokenizerForModel('gpt-4o', 'azure-foundry'), 'o200k');
    assert.equal(tokenizerForModel('us.deepseek.r1-v1:0', 'aws-bedrock'), 'deepseek-v3');
    assert.equal(tokenizerForModel('Qwen/Qwen2.5-72B-Instruct', 'siliconflow-cn'), 'approx-qwen');
  });
});
