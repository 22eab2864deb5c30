import * as assert from 'node:assert/strict';
import { findOffer, nearestOfferIds, offersFor } from '../../../src/core/catalog/findOffer';
import { loadCatalog } from '../../../src/core/catalog/loadCatalog';
import type { ProviderId } from '../../../src/core/model';

const catalog = loadCatalog();
const idOf = (provider: ProviderId, model: string): string | undefined => findOffer(catalog, provider, model)?.id;

describe('findOffer', () => {
  const cases: [ProviderId, string, string][] = [
    ['deepseek', 'deepseek-chat', 'deepseek/deepseek-chat'],
    ['deepseek', 'DeepSeek-Chat', 'deepseek/deepseek-chat'],
    ['deepseek', 'deepseek/deepseek-chat', 'deepseek/deepseek-chat'],
    ['deepseek', 'deepseek/deepseek-reasoner', 'deepseek/deepseek-reasoner'],
    ['deepseek', 'deepseek-v4-flash-vision-exp', 'deepseek/deepseek-v4-flash'],
    ['azure-foundry', 'DeepSeek-V3.2', 'azure-foundry/DeepSeek-V3.2'],
    ['azure-foundry', 'deepseek-v3.2', 'azure-foundry/DeepSeek-V3.2'],
    ['azure-foundry', 'azure_ai/deepseek-v3.2', 'azure-foundry/DeepSeek-V3.2'],
    ['azure-foundry', 'azure_ai/deepseek-r1', 'azure-foundry/DeepSeek-R1'],
    ['aws-bedrock', 'us.deepseek.r1-v1:0', 'aws-bedrock/us.deepseek.r1-v1:0'],
    ['aws-bedrock', 'deepseek.r1-v1:0', 'aws-bedrock/us.deepseek.r1-v1:0'],
    ['aws-bedrock', 'bedrock/us.deepseek.r1-v1:0', 'aws-bedrock/us.deepseek.r1-v1:0'],
    ['aws-bedrock', 'bedrock/converse/us.deepseek.r1-v1:0', 'aws-bedrock/us.deepseek.r1-v1:0'],
    ['aws-bedrock', 'deepseek.v3.2', 'aws-bedrock/deepseek.v3.2'],
    ['aws-bedrock', 'us.deepseek.v3.2', 'aws-bedrock/deepseek.v3.2'],
    ['aws-bedrock', 'global.deepseek.v3.2', 'aws-bedrock/deepseek.v3.2'],
    ['aws-bedrock', 'eu.deepseek.v3.2', 'aws-bedrock/deepseek.v3.2@non-us'],
    ['aws-bedrock', 'apac.deepseek.v3.2', 'aws-bedrock/deepseek.v3.2@non-us'],
    ['aws-bedrock', 'bedrock/us-east-1/deepseek.v3.2', 'aws-bedrock/deepseek.v3.2'],
    ['aws-bedrock', 'bedrock/eu-north-1/deepseek.v3.2', 'aws-bedrock/deepseek.v3.2@non-us'],
    ['aws-bedrock', 'deepseek.v3-v1:0', 'aws-bedrock/deepseek.v3-v1:0'],
    ['openai', 'gpt-4o-2024-08-06', 'openai/gpt-4o'],
    ['openai', 'openai/gpt-4o-mini', 'openai/gpt-4o-mini'],
    ['openai', 'gpt-4o-mini-2024-07-18', 'openai/gpt-4o-mini'],
    ['openai', 'o3-2025-04-16', 'openai/o3'],
    ['anthropic', 'claude-sonnet-4-5-20250929', 'anthropic/claude-sonnet-4-5'],
    ['anthropic', 'anthropic/claude-haiku-4-5', 'anthropic/claude-haiku-4-5'],
    ['google', 'gemini/gemini-2.5-pro', 'google/gemini-2.5-pro'],
    ['google', 'models/gemini-2.5-flash', 'google/gemini-2.5-flash'],
    ['siliconflow-cn', 'deepseek-ai/DeepSeek-V3', 'siliconflow-cn/deepseek-ai/DeepSeek-V3'],
    ['siliconflow-cn', 'Pro/deepseek-ai/DeepSeek-V3', 'siliconflow-cn/Pro/deepseek-ai/DeepSeek-V3'],
    ['siliconflow-cn', 'Pro/deepseek-ai/DeepSeek-V4-Flash', 'siliconflow-cn/deepseek-ai/DeepSeek-V4-Flash'],
    ['siliconflow-com', 'Pro/deepseek-ai/DeepSeek-R1', 'siliconflow-com/deepseek-ai/DeepSeek-R1'],
    ['siliconflow-com', 'deepseek-ai/deepseek-v3.2', 'siliconflow-com/deepseek-ai/DeepSeek-V3.2'],
    ['huawei-maas', 'deepseek-v4.1-flash-1017', 'huawei-maas/deepseek-v4.1-flash'],
    ['huawei-maas', 'deepseek-r1-250528', 'huawei-maas/DeepSeek-R1'],
    ['huawei-maas', 'deepseek-v3', 'huawei-maas/DeepSeek-V3'],
  ];
  for (const [provider, model, expected] of cases) {
    it(`${provider} ${model} -> ${expected}`, () => assert.equal(idOf(provider, model), expected));
  }

  it('returns undefined for unknown ids, other providers and custom', () => {
    assert.equal(findOffer(catalog, 'deepseek', 'deepseek-chta'), undefined);
    assert.equal(findOffer(catalog, 'openai', 'deepseek-chat'), undefined);
    assert.equal(findOffer(catalog, 'custom', 'gpt-4o'), undefined);
    assert.equal(findOffer(catalog, 'siliconflow-cn', 'DeepSeek-V3'), undefined, 'the SiliconFlow org prefix is part of the id');
  });
});

describe('offersFor', () => {
  it('lists one provider in catalog order', () => {
    const models = offersFor(catalog, 'deepseek').map((o) => o.model);
    assert.deepEqual(models, ['deepseek-chat', 'deepseek-reasoner', 'deepseek-v4-flash', 'deepseek-flash', 'deepseek-v4-pro']);
    assert.deepEqual(offersFor(catalog, 'nobody'), []);
  });
});

describe('nearestOfferIds', () => {
  it('suggests the closest ids of the provider first', () => {
    assert.deepEqual(nearestOfferIds(catalog, 'deepseek', 'deepseek-chta', 2), ['deepseek-chat', 'deepseek-flash']);
    assert.equal(nearestOfferIds(catalog, 'openai', 'gpt4o')[0], 'gpt-4o');
    assert.equal(nearestOfferIds(catalog, 'anthropic', 'claude-sonet-4-5')[0], 'claude-sonnet-4-5');
  });

  it('searches all providers as provider/model when the provider is unknown', () => {
    const ids = nearestOfferIds(catalog, 'deepsek', 'deepseek-chat', 3);
    assert.equal(ids[0], 'deepseek/deepseek-chat');
    assert.equal(ids.length, 3);
  });
});
