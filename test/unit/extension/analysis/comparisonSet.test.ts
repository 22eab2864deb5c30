import * as assert from 'node:assert/strict';
import { loadCatalog } from '../../../../src/core/catalog/loadCatalog';
import { estimateCall } from '../../../../src/core/estimate/estimateCalls';
import { comparisonEntries } from '../../../../src/core/settings/comparisonEntries';
import { estimateAssumptionsFrom } from '../../../../src/core/settings/estimateAssumptionsFrom';
import { parseSettings } from '../../../../src/core/settings/parseSettings';
import { TokenCounter } from '../../../../src/core/tokens/tokenCounter';
import { comparisonOverrides, restrictToComparison } from '../../../../src/extension/analysis/comparisonSet';
import { nodeTokenizerLoaders } from '../../../../src/node/tokenizerLoaders';
import { call } from '../../format/estimateFixtures';

describe('llmCost.comparison applied to an estimate', () => {
  const catalog = loadCatalog();
  const counter = new TokenCounter(nodeTokenizerLoaders());
  const assumptions = estimateAssumptionsFrom(parseSettings({}).settings, new Date('2026-11-30T12:00:00Z'));
  const gpt4o = call({ directive: { callsPerDay: 1000, inputTokens: 1000, outputTokens: 300 } });

  async function compared(entries: string[]) {
    const parsed = comparisonEntries(entries)!;
    const e = await estimateCall(gpt4o, catalog, counter, { ...assumptions, compareWith: comparisonOverrides(catalog, parsed, 'gpt-4o') });
    return restrictToComparison(e, parsed, catalog);
  }

  it('compares with exactly the named offers, even outside the model\'s group', async () => {
    const e = await compared(['huawei-maas/deepseek-v4-flash', 'anthropic/claude-haiku-4-5']);
    assert.equal(e.current?.offerId, 'openai/gpt-4o');
    assert.deepEqual(e.offers.filter((o) => !o.current).map((o) => o.offerId).sort(), ['anthropic/claude-haiku-4-5', 'huawei-maas/deepseek-v4-flash']);
    const cheapest = e.offers.filter((o) => !o.current && o.perCall).sort((a, b) => a.perCall!.typical - b.perCall!.typical)[0];
    assert.equal(e.cheapest?.offerId, cheapest.offerId);
    const expected = ((e.current!.perCall!.typical - cheapest.perCall!.typical) / e.current!.perCall!.typical) * 100;
    assert.ok(Math.abs((e.savingPercent ?? NaN) - expected) < 1e-9);
  });

  it('compares with every offer of a named group', async () => {
    const e = await compared(['group:fast']);
    const fast = new Set(catalog.canonicalModels.filter((c) => c.groups.includes('fast')).map((c) => c.id));
    const others = e.offers.filter((o) => !o.current);
    assert.ok(others.length > 3);
    for (const o of others) assert.ok(fast.has(catalog.offers.find((x) => x.id === o.offerId)!.canonical), o.offerId);
  });
});
