import * as assert from 'node:assert/strict';
import { checkBundledCatalog } from '../../../src/core/catalog/checkBundledCatalog';
import { CatalogError, loadCatalog } from '../../../src/core/catalog/loadCatalog';
import type { Catalog } from '../../../src/core/catalog/catalogSchema';
import { PROVIDERS } from '../../../src/core/model';

/** A deep copy of the bundled catalog to break on purpose. */
function copy(): Catalog {
  return structuredClone(loadCatalog());
}

function rejection(raw: unknown): string {
  try {
    loadCatalog(raw);
  } catch (err) {
    assert.ok(err instanceof CatalogError, `expected a CatalogError, got ${String(err)}`);
    return err.message;
  }
  assert.fail('the catalog was accepted');
}

describe('loadCatalog', () => {
  it('validates the bundled catalog and caches it', () => {
    const catalog = loadCatalog();
    assert.ok(catalog.offers.length >= 60);
    assert.equal(loadCatalog(), catalog);
  });

  it("passes the build's check, which the bundles rely on to use it unparsed, and the check refuses a bad catalog", () => {
    checkBundledCatalog();
    const bad = copy() as unknown as { offers: Array<{ contextWindow: unknown }> };
    bad.offers[0]!.contextWindow = 'large';
    assert.throws(() => checkBundledCatalog(bad), CatalogError);
  });

  it('covers every product provider except custom, and every offer names a known provider', () => {
    const catalog = loadCatalog();
    const ids = catalog.providers.map((p) => p.id);
    assert.deepEqual(ids, PROVIDERS.filter((p) => p !== 'custom'));
    for (const id of ids) assert.ok(catalog.offers.some((o) => o.provider === id), `no offer for ${id}`);
  });

  it('gives every price set a defined source and an as-of date', () => {
    const catalog = loadCatalog();
    let sets = 0;
    for (const offer of catalog.offers) {
      for (const period of offer.periods) {
        const all = [period.prices, ...(period.windows ?? []).map((w) => w.prices)];
        for (const prices of all) {
          for (const set of [prices.USD, prices.CNY]) {
            if (!set) continue;
            sets++;
            assert.ok(catalog.sources[set.source], `${offer.id}: unknown source ${set.source}`);
            assert.match(set.asOf, /^\d{4}-\d{2}-\d{2}$/);
          }
        }
      }
    }
    assert.ok(sets > 70);
  });

  it('marks Huawei MaaS offers as Ascend with low confidence, and keeps unpriced ones with a reason', () => {
    const huawei = loadCatalog().offers.filter((o) => o.provider === 'huawei-maas');
    assert.ok(huawei.length >= 6);
    for (const o of huawei) {
      assert.equal(o.hardware, 'ascend');
      assert.equal(o.confidence, 'low');
    }
    const pro = huawei.find((o) => o.model === 'deepseek-v4-pro');
    assert.ok(pro && pro.periods.length === 0 && pro.unpricedReason);
  });

  it('records the conflict decisions in offer notes', () => {
    const catalog = loadCatalog();
    const azureV31 = catalog.offers.find((o) => o.id === 'azure-foundry/DeepSeek-V3.1');
    assert.ok(azureV31?.notes.some((n) => n.startsWith('CONFLICT') && n.includes('$1.23')));
    assert.equal(azureV31?.periods[0].prices.USD?.input, 1.23);
    const sfV32 = catalog.offers.find((o) => o.id === 'siliconflow-cn/deepseek-ai/DeepSeek-V3.2');
    assert.ok(sfV32?.notes.some((n) => n.startsWith('CONFLICT')));
    const pro = catalog.offers.find((o) => o.id === 'deepseek/deepseek-v4-pro');
    assert.ok(pro?.notes.some((n) => n.startsWith('CONFLICT') && n.includes('2026-09-14')));
  });

  it('has a dated default USD/CNY rate with a source', () => {
    const { fx, sources } = loadCatalog();
    assert.equal(fx.rate, 7.0197);
    assert.equal(fx.date, '2026-01-08');
    assert.ok(sources[fx.source]);
  });

  it('rejects a wrong type and names the path and the offer', () => {
    const bad = copy() as unknown as { offers: { periods: { prices: { USD: { input: unknown } } }[] }[] };
    bad.offers[2].periods[0].prices.USD.input = '0.14';
    const message = rejection(bad);
    assert.match(message, /offers\[2\]\.periods\[0\]\.prices\.USD\.input \(offer deepseek\/deepseek-v4-flash\)/);
    assert.match(message, /expected number/);
  });

  it('rejects a negative price and an unknown field', () => {
    const bad = copy() as unknown as { offers: Record<string, unknown>[] };
    (bad.offers[0].periods as { prices: { CNY: { output: number } } }[])[0].prices.CNY.output = -1;
    bad.offers[1].colour = 'red';
    const message = rejection(bad);
    assert.match(message, /offers\[0\]\.periods\[0\]\.prices\.CNY\.output/);
    assert.match(message, /offers\[1\].*colour/);
  });

  it('rejects an unknown source id, an unknown canonical model and overlapping periods', () => {
    const bad = copy();
    const chat = bad.offers[0];
    (chat.periods[1].prices.USD as { source: string }).source = 'NOWHERE';
    (bad.offers[3] as { canonical: string }).canonical = 'gpt-99';
    (chat.periods[2] as { from?: string }).from = '2025-02-01T00:00:00Z';
    const message = rejection(bad);
    assert.match(message, /offers\[0\]\.periods\[1\]\.prices\.USD\.source.*unknown source id "NOWHERE"/);
    assert.match(message, /offers\[3\]\.canonical.*unknown canonical model "gpt-99"/);
    assert.match(message, /offers\[0\]\.periods\[2\]\.from.*overlaps/);
  });

  it('rejects an offer without prices and without a reason', () => {
    const bad = copy();
    const offer = bad.offers.find((o) => o.model === 'gpt-4o');
    assert.ok(offer);
    offer.periods = [];
    assert.match(rejection(bad), /\(offer openai\/gpt-4o\): an offer without periods needs an unpricedReason/);
  });

  it('rejects a malformed instant', () => {
    const bad = copy();
    (bad.offers[0].periods[0] as { from?: string }).from = '2024-12-26 00:00';
    assert.match(rejection(bad), /offers\[0\]\.periods\[0\]\.from.*UTC instant/);
  });

  it('rejects a non-object', () => {
    assert.match(rejection(42), /\(root\)/);
  });
});
