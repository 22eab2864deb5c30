import * as assert from 'node:assert/strict';
import { canonicalForModel, comparableOffers, rankComparableOffersForModel, rankComparableOffers } from '../../../src/core/catalog/equivalence';
import { findOffer } from '../../../src/core/catalog/findOffer';
import { loadCatalog } from '../../../src/core/catalog/loadCatalog';

const catalog = loadCatalog();

describe('canonicalForModel', () => {
  const cases: [string, string | undefined][] = [
    ['gpt-4o-mini', 'gpt-4o-mini'],
    ['gpt-4o-2024-08-06', 'gpt-4o'],
    ['deepseek-ai/DeepSeek-V3', 'deepseek-v3'],
    ['Pro/deepseek-ai/DeepSeek-R1', 'deepseek-r1'],
    ['us.deepseek.r1-v1:0', 'deepseek-r1'],
    ['deepseek.v3-v1:0', 'deepseek-v3.1'],
    ['DeepSeek-V3-0324', 'deepseek-v3'],
    ['azure_ai/deepseek-v3.2', 'deepseek-v3.2'],
    ['deepseek-chat', 'deepseek-v4-flash'],
    ['deepseek/deepseek-reasoner', 'deepseek-v4-flash'],
    ['deepseek-flash', 'deepseek-v4.1-flash'],
    ['deepseek-v4-flash', 'deepseek-v4-flash'],
    ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5'],
    ['anthropic.claude-sonnet-4-5-20250929-v1:0', 'claude-sonnet-4-5'],
    ['gemini/gemini-2.5-pro', 'gemini-2.5-pro'],
    ['text-embedding-3-small', undefined],
    ['my-finetune', undefined],
  ];
  for (const [name, expected] of cases) {
    it(`${name} -> ${expected}`, () => assert.equal(canonicalForModel(catalog, name)?.id, expected));
  }
});

describe('comparableOffers', () => {
  const offer = (provider: Parameters<typeof findOffer>[1], model: string) => {
    const found = findOffer(catalog, provider, model);
    assert.ok(found, `${provider}/${model}`);
    return found;
  };

  it('offers DeepSeek V4 Flash on Huawei MaaS (Ascend) for a gpt-4o call', () => {
    const list = rankComparableOffers(catalog, offer('openai', 'gpt-4o'));
    const huawei = list.find((c) => c.offer.id === 'huawei-maas/deepseek-v4-flash');
    assert.ok(huawei);
    assert.equal(huawei.relation, 'same-group');
    assert.equal(huawei.via, 'chat');
    assert.equal(huawei.offer.hardware, 'ascend');
    assert.ok(!list.some((c) => c.offer.id === 'openai/gpt-4o'), 'not itself');
  });

  it('lists the same model on other hosts first for deepseek-chat, and leaves out retired offers', () => {
    const list = rankComparableOffers(catalog, offer('deepseek', 'deepseek-chat'));
    const same = list.filter((c) => c.relation === 'same-model').map((c) => c.offer.id);
    assert.deepEqual(same.sort(), [
      'azure-foundry/DeepSeek-V4-Flash',
      'huawei-maas/deepseek-v4-flash',
      'siliconflow-cn/deepseek-ai/DeepSeek-V4-Flash',
      'siliconflow-com/deepseek-ai/DeepSeek-V4-Flash',
    ]);
    assert.equal(list[0].relation, 'same-model');
    const line = list.filter((c) => c.relation === 'same-line').map((c) => c.offer.id);
    assert.ok(line.includes('deepseek/deepseek-flash') && line.includes('huawei-maas/deepseek-v4.1-flash'));
    assert.ok(!list.some((c) => c.offer.id === 'deepseek/deepseek-reasoner'), 'retired');
  });

  it('finds DeepSeek-V3.2 on SiliconFlow, Huawei, Azure and Bedrock for the same model', () => {
    const list = rankComparableOffers(catalog, offer('azure-foundry', 'DeepSeek-V3.2'));
    const providers = new Set(list.filter((c) => c.relation === 'same-model').map((c) => c.offer.provider));
    assert.deepEqual([...providers].sort(), ['aws-bedrock', 'huawei-maas', 'siliconflow-cn', 'siliconflow-com']);
  });

  it('applies user overrides: extra canonical models and replaced groups', () => {
    const list = rankComparableOffers(catalog, offer('openai', 'gpt-4o'), {
      'GPT-4o': { groups: ['fast'], canonical: ['deepseek-v4-pro'] },
    });
    const pro = list.filter((c) => c.offer.canonical === 'deepseek-v4-pro');
    assert.ok(pro.length >= 4 && pro.every((c) => c.relation === 'user-mapping'));
    assert.ok(list.some((c) => c.offer.id === 'openai/gpt-4o-mini' && c.via === 'fast'));
    assert.ok(!list.some((c) => c.offer.id === 'openai/gpt-4.1'), 'the chat group was replaced');
  });

  it('accepts a plain list of canonical and group ids, adding to the groups', () => {
    const list = rankComparableOffers(catalog, offer('openai', 'gpt-4o'), { 'gpt-4o': ['claude-opus-5', 'fast'] });
    assert.ok(list.some((c) => c.offer.id === 'anthropic/claude-opus-5' && c.relation === 'user-mapping'));
    assert.ok(list.some((c) => c.offer.id === 'openai/gpt-4o-mini' && c.via === 'fast'));
    assert.ok(list.some((c) => c.offer.id === 'openai/gpt-4.1' && c.via === 'chat'), 'the chat group is kept');
  });

  it('returns plain offers, best first, from comparableOffers', () => {
    const offers = comparableOffers(catalog, offer('deepseek', 'deepseek-chat'));
    const ranked = rankComparableOffers(catalog, offer('deepseek', 'deepseek-chat'));
    assert.deepEqual(offers.map((o) => o.id), ranked.map((c) => c.offer.id));
  });

  it('works for a model without an offer of its own', () => {
    const list = rankComparableOffersForModel(catalog, 'anthropic.claude-haiku-4-5-20251001-v1:0');
    assert.ok(list.some((c) => c.offer.id === 'anthropic/claude-haiku-4-5' && c.relation === 'same-model'));
    assert.deepEqual(rankComparableOffersForModel(catalog, 'my-finetune'), []);
    const mapped = rankComparableOffersForModel(catalog, 'my-finetune', { 'my-finetune': { groups: ['reasoning'] } });
    assert.ok(mapped.some((c) => c.offer.canonical === 'deepseek-r1'));
  });
});
