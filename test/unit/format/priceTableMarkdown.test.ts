import * as assert from 'node:assert/strict';
import { loadCatalog } from '../../../src/core/catalog/loadCatalog';
import { priceTableMarkdown } from '../../../src/core/format/priceTableMarkdown';

describe('priceTableMarkdown', () => {
  const catalog = loadCatalog();
  const now = new Date('2026-11-30T02:00:00Z');

  it('lists every current offer of the chosen hosts per 1M tokens, Ascend and the window in force marked', () => {
    const md = priceTableMarkdown(catalog, { now, currency: 'USD', providers: ['deepseek', 'huawei-maas'], staleAfterDays: 90 });
    assert.match(md, /^# LLM Cost — price table\n\nPrices per 1M tokens in USD at 2026-11-30 02:00 UTC\./);
    assert.match(md, /\n## DeepSeek[^\n]*\n/);
    assert.match(md, /\n## Huawei[^\n]*\n/);
    assert.ok(!/\n## OpenAI/.test(md), 'only the chosen hosts');
    const rows = md.split('\n').filter((l) => l.startsWith('| `'));
    const current = catalog.offers.filter((o) => (o.provider === 'deepseek' || o.provider === 'huawei-maas') && !o.retired);
    assert.equal(rows.length, current.length);
    const flash = rows.find((r) => r.startsWith('| `deepseek-v4-flash` | — |'));
    assert.match(flash ?? '', /\| \$[\d.]+ \| \$[\d.]+ \| \$[\d.]+ \| peak until 04:00 UTC \| \[DeepSeek[^\]]*\]\(https:[^)]+\) · 2026-11-15 \|$/);
    assert.ok(rows.some((r) => /\| \*\*Ascend\*\* \|/.test(r) && r.includes('⚠ stale')), 'Huawei rows marked Ascend, old prices stale');
  });

  it('converts to CNY where a host quotes only USD, at the rate given', () => {
    const md = priceTableMarkdown(catalog, { now, currency: 'CNY', fxRate: 7, providers: ['openai'], staleAfterDays: 3650 });
    const gpt4o = md.split('\n').find((r) => r.startsWith('| `gpt-4o` |')) ?? '';
    const usd = priceTableMarkdown(catalog, { now, currency: 'USD', providers: ['openai'], staleAfterDays: 3650 }).split('\n').find((r) => r.startsWith('| `gpt-4o` |')) ?? '';
    const input = (row: string): number => Number(/\| [$¥]([\d.]+) \|/.exec(row)?.[1]);
    assert.match(gpt4o, /¥[\d.]+ .*\(converted\) \|$/);
    assert.ok(Math.abs(input(gpt4o) - input(usd) * 7) < 1e-6, `${gpt4o} vs ${usd}`);
    assert.match(md, /converted at 7 CNY per USD \(your setting\)/);
  });
});
