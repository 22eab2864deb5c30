/**
 * What estimateCalls memoises stays within one run: a catalog with a price override, another
 * currency or another moment estimated after (or between) runs on the plain catalog gets its own
 * prices, never the figures of the run before; and estimating one call alone (estimateCall, as the
 * prompt runner does) gives what the batch gives for it.
 */
import * as assert from 'node:assert/strict';
import { applyPriceOverrides } from '../../../src/core/catalog/applyPriceOverrides';
import { loadCatalog } from '../../../src/core/catalog/loadCatalog';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/estimate/defaults';
import { estimateCall, estimateCalls } from '../../../src/core/estimate/estimateCalls';
import type { CallEstimate, EstimateAssumptions } from '../../../src/core/estimate/estimateTypes';
import type { DetectedCall } from '../../../src/core/model';
import { TokenCounter } from '../../../src/core/tokens/tokenCounter';
import { nodeTokenizerLoaders } from '../../../src/node/tokenizerLoaders';

/** A gpt-4o call with a 1000-token prompt and 100 tokens of output, 10 calls a day. */
const CALL: DetectedCall = {
  file: 'a.ts', line: 1, column: 1, endLine: 1, endColumn: 7, language: 'typescript', family: 'openai-chat',
  callee: 'client.chat.completions.create', model: 'gpt-4o', provider: 'openai', providerEvidence: 'new OpenAI()', baseUrl: null,
  stream: false, maxTokens: null, reasoningEffort: null, prompt: { text: '', knowledge: 'unknown', messages: [] },
  directive: { inputTokens: 1000, outputTokens: 100, callsPerDay: 10 },
};

const catalog = loadCatalog();
const counter = new TokenCounter(nodeTokenizerLoaders());
const USD_2026: EstimateAssumptions = { ...DEFAULT_ASSUMPTIONS, at: new Date('2026-08-18T02:00:00Z'), currency: 'USD' };

async function current(assumptions: EstimateAssumptions, cat = catalog): Promise<CallEstimate> {
  const [estimate] = await estimateCalls([CALL], cat, counter, assumptions);
  assert.ok(estimate.current?.perCall, 'the call is priced');
  return estimate;
}

describe('estimateCalls runs', () => {
  it('price an overridden catalog at its own prices, before and after runs on the plain one', async () => {
    const plain = await current(USD_2026);
    const overridden = applyPriceOverrides(catalog, [{ provider: 'openai', model: 'gpt-4o', currency: 'USD', inputPerMTok: 1, outputPerMTok: 2 }], '2026-08-01');
    const own = await current(USD_2026, overridden);
    // 1000 input tokens at $1/1M + 100 output tokens at $2/1M
    assert.equal(own.current?.perCall?.typical, 0.0012);
    assert.equal(own.current?.monthly, 0.36); // 0.0012 × 10 calls/day × 30 days, without float noise
    assert.notEqual(plain.current?.perCall?.typical, 0.0012);
    assert.deepStrictEqual(await current(USD_2026), plain);
  });

  it('price another currency or moment anew', async () => {
    const usd = await current(USD_2026);
    const cny = await current({ ...USD_2026, currency: 'CNY', fxRate: 7 });
    assert.equal(cny.current?.currency, 'CNY');
    assert.equal(cny.current?.perCall?.typical, Number(((usd.current?.perCall?.typical ?? 0) * 7).toPrecision(12)));
    const deepseek = (e: CallEstimate) => e.offers.find((o) => o.offerId === 'deepseek/deepseek-v4-flash');
    const weekend = await current({ ...USD_2026, at: new Date('2026-08-22T12:00:00Z') });
    assert.equal(deepseek(usd)?.window, 'peak');
    assert.equal(deepseek(weekend)?.window, 'off-peak');
    assert.ok((deepseek(weekend)?.perCall?.typical ?? Infinity) < (deepseek(usd)?.perCall?.typical ?? 0));
  });

  it('give one call alone what the batch gives it', async () => {
    const other: DetectedCall = { ...CALL, model: 'deepseek-chat', provider: 'deepseek', line: 2 };
    const batch = await estimateCalls([CALL, other], catalog, counter, USD_2026);
    assert.deepStrictEqual(await estimateCall(other, catalog, counter, USD_2026), batch[1]);
    assert.deepStrictEqual(await estimateCall(CALL, catalog, counter, USD_2026), batch[0]);
  });
});
