import * as assert from 'node:assert/strict';
import { groupReport } from '../../../../src/extension/report/groupReport';
import { GPT4O_NOW, MAAS_FLASH, call, estimate, offer } from '../../format/estimateFixtures';

describe('groupReport', () => {
  const a1 = estimate({ call: call({ file: 'src/a.ts', line: 5 }), current: { ...GPT4O_NOW, monthly: 100 }, cheapest: { ...MAAS_FLASH, monthly: 10 } });
  const a2 = estimate({ call: call({ file: 'src/a.ts', line: 9, provider: 'deepseek', model: 'deepseek-v4-flash' }), current: offer({ current: true, monthly: 300 }), cheapest: null, savingPercent: null });
  const a3 = estimate({ call: call({ file: 'src/a.ts', line: 12 }), current: { ...GPT4O_NOW, monthly: 50 }, cheapest: { ...MAAS_FLASH, monthly: 80 } });
  const b1 = estimate({ call: call({ file: 'src/b.py', line: 3, model: 'mystery' }), current: null, cheapest: MAAS_FLASH, savingPercent: null });
  const c1 = estimate({ call: call({ file: 'worker/c.py', line: 1 }), current: { ...GPT4O_NOW, monthly: 1000 }, cheapest: { ...MAAS_FLASH, monthly: 100 } });

  it('groups by file, then provider, then call, dearest first at every level', () => {
    const { files } = groupReport([a1, a2, a3, b1, c1]);
    assert.deepEqual(files.map((f) => [f.file, f.monthly, f.calls, f.unpriced]), [
      ['worker/c.py', 1000, 1, 0],
      ['src/a.ts', 450, 3, 0],
      ['src/b.py', 0, 1, 1],
    ]);
    const a = files[1];
    assert.deepEqual(a.providers.map((p) => [p.provider, p.monthly, p.calls]), [['deepseek', 300, 1], ['openai', 150, 2]]);
    assert.deepEqual(a.providers[1].estimates.map((e) => e.call.line), [5, 12]);
  });

  it('totals the monthly cost as written and on the cheapest comparable offers', () => {
    const { totals } = groupReport([a1, a2, a3, b1, c1]);
    assert.equal(totals.calls, 5);
    assert.equal(totals.files, 3);
    assert.equal(totals.unpriced, 1);
    assert.equal(totals.monthly, 1450);
    // a1 → 10, a2 keeps 300 (nothing cheaper), a3 keeps 50 (the alternative is dearer), c1 → 100.
    assert.equal(totals.cheapestMonthly, 460);
    assert.ok(Math.abs(totals.savingPercent! - ((1450 - 460) / 1450) * 100) < 1e-9);
    assert.equal(totals.currency, 'USD');
  });

  it('has no saving and no currency for an empty report', () => {
    const { files, totals } = groupReport([]);
    assert.deepEqual(files, []);
    assert.equal(totals.savingPercent, null);
    assert.equal(totals.currency, null);
  });
});
