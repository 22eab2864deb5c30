import assert from 'node:assert/strict';
import { loadCatalog } from '../../../src/core/catalog/loadCatalog';
import type { TokenUsage } from '../../../src/core/model';
import { priceRun } from '../../../src/providers/runCost';
import type { RunResult } from '../../../src/providers/runPrompt';

const usage: TokenUsage = { inputTokens: 15_000, cachedInputTokens: 10_000, cacheWriteTokens: 0, outputTokens: 2_000, reasoningTokens: 800 };

function result(startedAt: string, over: Partial<RunResult> = {}): RunResult {
  return {
    provider: 'deepseek',
    model: 'deepseek-flash',
    startedAt: new Date(startedAt),
    output: 'x',
    reasoning: '',
    usage,
    finishReason: 'stop',
    timings: { ttftMs: 100, totalMs: 900 },
    error: null,
    incomplete: false,
    notes: [],
    ...over,
  };
}

describe('providers/runCost', () => {
  const catalog = loadCatalog();

  // deepseek-flash (V4.1-Flash): peak USD 0.30 miss / 0.006 hit / 1.20 output per 1M; off-peak half.
  it('prices DeepSeek usage at the peak rate when the request started in a weekday peak window', () => {
    const cost = priceRun(catalog, result('2026-11-30T03:59:59Z'), 'USD');
    assert.equal(cost.window, 'peak');
    assert.equal(cost.cost, 0.00396); // 5000×0.30 + 10000×0.006 + 2000×1.20, per 1M
    assert.equal(cost.currency, 'USD');
  });

  it('prices the same usage at half when it started off-peak (weekday 04:00 UTC, weekend)', () => {
    assert.equal(priceRun(catalog, result('2026-11-30T04:00:00Z'), 'USD').cost, 0.00198);
    const weekend = priceRun(catalog, result('2026-11-28T02:00:00Z'), 'USD');
    assert.equal(weekend.window, 'off-peak');
    assert.equal(weekend.cost, 0.00198);
  });

  it("uses DeepSeek's own CNY list in CNY", () => {
    assert.equal(priceRun(catalog, result('2026-11-30T02:00:00Z'), 'CNY').cost, 0.0264); // 5000×2 + 10000×0.04 + 2000×8
  });

  it('leaves a model the catalog does not know unpriced, with a note', () => {
    const cost = priceRun(catalog, result('2026-11-30T02:00:00Z', { provider: 'custom', model: 'qwen3:8b' }), 'USD');
    assert.equal(cost.cost, null);
    assert.match(cost.notes.join('\n'), /^unpriced: the catalog has no price for "qwen3:8b" on custom/);
    const unknown = priceRun(catalog, result('2026-11-30T02:00:00Z', { model: 'deepseek-nonexistent' }), 'USD');
    assert.equal(unknown.cost, null);
    assert.match(unknown.notes.join('\n'), /unpriced/);
  });

  it('says so when the host returned no usage', () => {
    const cost = priceRun(catalog, result('2026-11-30T02:00:00Z', { usage: null }), 'USD');
    assert.equal(cost.cost, null);
    assert.match(cost.notes.join('\n'), /no usage returned/);
  });
});
