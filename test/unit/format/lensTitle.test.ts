import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCatalog } from '../../../src/core/catalog/loadCatalog';
import { detectCalls } from '../../../src/core/detect/detect';
import { TreeSitterParsers } from '../../../src/core/detect/treeSitter';
import { estimateCalls } from '../../../src/core/estimate/estimateCalls';
import { lensTitle } from '../../../src/core/format/lensTitle';
import { parseSettings } from '../../../src/core/settings/parseSettings';
import { estimateAssumptionsFrom } from '../../../src/core/settings/estimateAssumptionsFrom';
import { TokenCounter } from '../../../src/core/tokens/tokenCounter';
import { diskGrammarSource } from '../../../src/node/assets';
import { nodeTokenizerLoaders } from '../../../src/node/tokenizerLoaders';
import { DEEPSEEK_FLASH, GPT4O_NOW, MAAS_FLASH, call, estimate, offer } from './estimateFixtures';

describe('lensTitle', () => {
  it('shows cost per call, per month and the cheapest comparable offer with its saving (Ascend marked)', () => {
    assert.equal(lensTitle(estimate()), 'gpt-4o · $0.0051/call · ≈$765/mo · DeepSeek V4 Flash on Huawei MaaS (Ascend) $0.00072 −86%');
  });

  it('names the host when it is not the vendor\'s own API, and the price window in force', () => {
    const now = offer({ ...DEEPSEEK_FLASH, current: true, provider: 'huawei-maas', hardware: 'ascend', window: null });
    const e = estimate({ call: call({ model: 'DeepSeek-V3', provider: 'huawei-maas' }), current: now, cheapest: null, savingPercent: null, offers: [now] });
    assert.equal(lensTitle(e), 'DeepSeek-V3 on Huawei MaaS (Ascend) · $0.0009/call · ≈$120/mo · no comparable offer in the catalog');
    const peak = estimate({ call: call({ model: 'deepseek-v4-flash', provider: 'deepseek' }), current: { ...DEEPSEEK_FLASH, current: true }, cheapest: GPT4O_NOW, savingPercent: -466 });
    assert.equal(lensTitle(peak), 'deepseek-v4-flash · $0.0009/call peak · ≈$120/mo · none cheaper among 2 comparable offers');
  });

  it('says when prices are stale', () => {
    const now = { ...GPT4O_NOW, stale: true, asOf: '2026-01-01' };
    assert.equal(lensTitle(estimate({ current: now, offers: [now, MAAS_FLASH] })),
      'gpt-4o · $0.0051/call · ≈$765/mo · ⚠ stale prices (2026-01-01) · DeepSeek V4 Flash on Huawei MaaS (Ascend) $0.00072 −86%');
  });

  it('is never silent: unknown model, model not stated, unpriced offer, custom endpoint', () => {
    const unknown = estimate({ call: call({ model: 'gpt-4o-mini', provider: 'azure-foundry' }), current: null, savingPercent: null, offers: [MAAS_FLASH] });
    assert.equal(lensTitle(unknown), 'gpt-4o-mini on Azure AI Foundry · not in the price catalog · compare: DeepSeek V4 Flash on Huawei MaaS (Ascend) $0.00072');
    const noModel = estimate({ call: call({ model: null }), current: null, cheapest: null, savingPercent: null, offers: [] });
    assert.equal(lensTitle(noModel), 'openai-chat on OpenAI · model not stated in this file');
    const unpricedNow = offer({ current: true, perCall: null, monthly: null, notes: ['No price is known for this offer.'] });
    assert.equal(lensTitle(estimate({ current: unpricedNow, savingPercent: null, offers: [unpricedNow, MAAS_FLASH] })),
      'gpt-4o · not priced (No price is known for this offer.) · compare: DeepSeek V4 Flash on Huawei MaaS (Ascend) $0.00072');
    const custom = estimate({ call: call({ model: 'llama3', provider: 'custom', baseUrl: 'http://localhost:11434/v1' }), current: null, savingPercent: null, cheapest: null, offers: [] });
    assert.equal(lensTitle(custom), 'llama3 on custom endpoint localhost:11434 · custom endpoint: prices not in the catalog · no comparable offer in the catalog');
  });

  it('gives every call of the sample workspace a cost or a reason', async () => {
    const root = path.join(__dirname, '..', '..', 'fixtures', 'sample-workspace');
    const expected = JSON.parse(fs.readFileSync(path.join(root, 'expected.json'), 'utf8')) as { calls: { file: string }[] };
    const parsers = new TreeSitterParsers(diskGrammarSource());
    const files = [...new Set(expected.calls.map((c) => c.file))];
    const calls = (await Promise.all(files.map((f) => detectCalls(parsers, f, fs.readFileSync(path.join(root, f), 'utf8'))))).flat();
    const assumptions = estimateAssumptionsFrom(parseSettings({}).settings, new Date('2026-11-30T12:00:00Z'));
    const estimates = await estimateCalls(calls, loadCatalog(), new TokenCounter(nodeTokenizerLoaders()), assumptions);
    assert.equal(estimates.length, expected.calls.length);
    for (const e of estimates) {
      const title = lensTitle(e);
      assert.ok(title.startsWith(e.call.model ?? e.call.family), title);
      assert.match(title, /\$\d[\d.]*(k|M)?\/call( peak| off-peak| discount)? · ≈\$[\d.]+(k|M)?\/mo|not in the price catalog|not priced|model not stated|custom endpoint/, title);
    }
    const maas = estimates.find((e) => e.call.file === 'src/knowledgeBase.ts');
    assert.match(lensTitle(maas!), /^DeepSeek-V3 on Huawei MaaS \(Ascend\) · \$/);
  });
});
