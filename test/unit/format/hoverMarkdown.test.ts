import * as assert from 'node:assert/strict';
import { loadCatalog } from '../../../src/core/catalog/loadCatalog';
import { hoverMarkdown } from '../../../src/core/format/hoverMarkdown';
import { MAAS_FLASH, call, estimate, offer } from './estimateFixtures';

// Monday 02:00 UTC: inside DeepSeek's weekday peak window 01:00–04:00.
const NOW = new Date('2026-11-30T02:00:00Z');
const LOCATION = { uri: 'file:///w/src/support.ts', line: 27, column: 59 };
const LINKS = { runPrompt: { id: 'llmCost.runCallPrompt', args: [LOCATION] }, priceTable: { id: 'llmCost.showPriceTable', args: [] } };

describe('hoverMarkdown', () => {
  const catalog = loadCatalog();

  it('renders the assumptions, a row per offer and the command links (snapshot)', () => {
    const { markdown, enabledCommands } = hoverMarkdown(estimate(), catalog, { now: NOW, ...LINKS });
    assert.equal(markdown, [
      '**gpt-4o** on OpenAI · `openai-chat` · 5,000 calls/day (from the llm-cost comment)',
      '',
      '| | Host | Model | Hardware | Per call (low–high) | Per month | vs. now | Price now | Source, as of |',
      '|---|---|---|---|--:|--:|--:|---|---|',
      '| ▶ | OpenAI | `gpt-4o` | — | $0.0051 (0.0021–0.0153) | $765 | current | flat | [OpenAI pricing](https://openai.com/api/pricing) 2026-11-01 |',
      '|  | Huawei MaaS | `deepseek-v4-flash` | **Ascend** | $0.00072 (0.0003–0.0019) | $108 | −86% | flat | Huawei MaaS price list 2026-11-10 |',
      '|  | DeepSeek | `deepseek-v4-flash` | — | $0.0009 (0.0004–0.002) | $120 | −82% | peak until 04:00 UTC | [DeepSeek pricing](https://api-docs.deepseek.com/quick_start/pricing) 2026-11-15 |',
      '',
      'Tokens per call: input 1,200, 720 cached, output 300 (75–1,200) · counted with o200k · prompt partly visible, defaults for the rest',
      '',
      '[Run this call\'s prompt](command:llmCost.runCallPrompt?%5B%7B%22uri%22%3A%22file%3A%2F%2F%2Fw%2Fsrc%2Fsupport.ts%22%2C%22line%22%3A27%2C%22column%22%3A59%7D%5D) · [Show price table](command:llmCost.showPriceTable?%5B%5D)',
      '',
      '_Prices in USD at 2026-11-30 02:00 UTC. Per month = typical cost per call × calls/day × 30, price windows averaged over a week._',
      '',
    ].join('\n'));
    assert.deepEqual(enabledCommands, ['llmCost.runCallPrompt', 'llmCost.showPriceTable']);
  });

  it('passes the call location through the run link as JSON arguments', () => {
    const { markdown } = hoverMarkdown(estimate(), catalog, { now: NOW, ...LINKS });
    const query = /command:llmCost\.runCallPrompt\?([^)]+)\)/.exec(markdown)?.[1];
    assert.deepEqual(JSON.parse(decodeURIComponent(query ?? '')), [LOCATION]);
  });

  it('cuts long source titles, keeping the whole title as the link tooltip', () => {
    const long = offer({ current: true, source: 'LiteLLM price file (2026-07-24, via RoCry/llm-api-price 8442b939) <https://github.com/BerriAI/litellm>' });
    const { markdown } = hoverMarkdown(estimate({ current: long, offers: [long] }), catalog, { now: NOW });
    assert.ok(markdown.includes('[LiteLLM price file (2026-07…](https://github.com/BerriAI/litellm "LiteLLM price file (2026-07-24, via RoCry/llm-api-price 8442b939)") 2026-11-01 |'), markdown);
  });

  it('trusts no command when it links none', () => {
    const { markdown, enabledCommands } = hoverMarkdown(estimate(), catalog, { now: NOW });
    assert.deepEqual(enabledCommands, []);
    assert.ok(!markdown.includes('command:'));
  });

  it('lists problems, unpriced offers and stale prices, and the next window change on another day', () => {
    const unpriced = offer({ offerId: 'huawei-maas/deepseek-v3.2', provider: 'huawei-maas', model: 'deepseek-v3.2', hardware: 'ascend', perCall: null, monthly: null,
      notes: ['No price | known'], stale: true, asOf: '2026-01-01', source: 'Huawei doc' });
    const e = estimate({
      call: call({ model: 'gpt-4o-mini', provider: 'azure-foundry', directive: null }), current: null, callsPerDay: 1000, savingPercent: null,
      offers: [MAAS_FLASH, unpriced], problems: ['Model "gpt-4o-mini" on azure-foundry is not in the price catalog.'],
    });
    // Friday 12:00 UTC: off-peak until Monday 01:00 UTC.
    const { markdown } = hoverMarkdown(e, catalog, { now: new Date('2026-12-04T12:00:00Z') });
    assert.match(markdown, /^\*\*gpt-4o-mini\*\* on Azure AI Foundry · `openai-chat` · 1,000 calls\/day \(setting llmCost\.volume\.callsPerDay\)/);
    assert.match(markdown, /\n⚠ Model "gpt-4o-mini" on azure-foundry is not in the price catalog\.\n/);
    assert.match(markdown, /\| {2}\| Huawei MaaS \| `deepseek-v3\.2` \| \*\*Ascend\*\* \| not priced: No price \\\| known \| — \| {2}\| unpriced \| Huawei doc 2026-01-01 ⚠ stale \|/);
    assert.ok(!markdown.includes('▶'), 'no current offer');
    const peakOffer = estimate({ offers: [offer({ offerId: 'deepseek/deepseek-v4-flash' })] });
    assert.match(hoverMarkdown(peakOffer, catalog, { now: new Date('2026-12-04T12:00:00Z') }).markdown, /off-peak until Mon 01:00 UTC/);
  });
});
