/**
 * Characterisation test of estimateCalls: every call found in test/fixtures/sample-workspace and
 * test/fixtures/corpus is estimated under fixed assumptions (2025 discount era, a 2026 weekday peak
 * hour, a 2026 weekend; USD, CNY, a user fx rate, a user comparison mapping and a provider filter)
 * and the results must equal test/fixtures/estimate-snapshot.json exactly — every cost, monthly
 * figure, note, source, window and problem, to the last bit of each double. It pins the output so
 * that the pricing and estimate code can be made faster without changing what users see.
 *
 * After an intended change of the output (catalog, detectors, estimate rules), regenerate the file
 * with `UPDATE_ESTIMATE_SNAPSHOT=1 npx mocha --no-config -r tsx/cjs --extension ts
 * test/unit/estimate/estimateSnapshot.test.ts` and review its diff.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCatalog } from '../../../src/core/catalog/loadCatalog';
import { TreeSitterParsers } from '../../../src/core/detect/treeSitter';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/estimate/defaults';
import { estimateCalls } from '../../../src/core/estimate/estimateCalls';
import type { EstimateAssumptions } from '../../../src/core/estimate/estimateTypes';
import type { DetectedCall } from '../../../src/core/model';
import { TokenCounter } from '../../../src/core/tokens/tokenCounter';
import { diskGrammarSource } from '../../../src/node/assets';
import { scanFiles } from '../../../src/node/scanFiles';
import { nodeTokenizerLoaders } from '../../../src/node/tokenizerLoaders';
import { callKey, compactSnapshot, expandSnapshot, snapshotText } from './estimateSnapshotFormat';
import type { CompactSnapshot, ScenarioResult } from './estimateSnapshotFormat';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const SNAPSHOT = path.join(FIXTURES, 'estimate-snapshot.json');
const UPDATE = process.env.UPDATE_ESTIMATE_SNAPSHOT === '1';

const OFF_PEAK_2025 = new Date('2025-03-01T17:00:00Z');
const PEAK_2026 = new Date('2026-08-18T02:00:00Z');
const WEEKEND_2026 = new Date('2026-08-22T12:00:00Z');

/** The assumptions estimated under, by name. */
const SCENARIOS: Record<string, Partial<EstimateAssumptions> & Pick<EstimateAssumptions, 'at' | 'currency'>> = {
  'USD, 2025 off-peak': { at: OFF_PEAK_2025, currency: 'USD' },
  'USD, 2026 weekday peak': { at: PEAK_2026, currency: 'USD' },
  'CNY, 2026 weekday peak, fx 7.1': { at: PEAK_2026, currency: 'CNY', fxRate: 7.1 },
  'CNY, 2026 weekend': { at: WEEKEND_2026, currency: 'CNY' },
  'USD, 2026 weekend, fx 7.1, own mapping, three hosts': {
    at: WEEKEND_2026,
    currency: 'USD',
    fxRate: 7.1,
    providers: ['deepseek', 'huawei-maas', 'openai'],
    compareWith: { 'gpt-4o': ['deepseek-v4-flash', 'reasoning'], 'deepseek-chat': { groups: ['frontier'] } },
  },
};

/** Every call of both fixture folders, each scanned with its folder as the root. */
async function fixtureCalls(): Promise<DetectedCall[]> {
  const parsers = new TreeSitterParsers(diskGrammarSource());
  const calls: DetectedCall[] = [];
  for (const folder of ['sample-workspace', 'corpus']) {
    const root = path.join(FIXTURES, folder);
    const scan = await scanFiles([root], { parsers, root });
    calls.push(...scan.calls.map((c) => ({ ...c, file: `${folder}/${c.file}` })));
  }
  return calls;
}

async function estimateScenarios(calls: readonly DetectedCall[]): Promise<ScenarioResult[]> {
  const catalog = loadCatalog();
  const counter = new TokenCounter(nodeTokenizerLoaders());
  const results: ScenarioResult[] = [];
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    const estimates = await estimateCalls(calls, catalog, counter, { ...DEFAULT_ASSUMPTIONS, ...scenario });
    results.push({ name, currency: scenario.currency, estimates: estimates.map((e) => ({ ...e, call: callKey(e.call) })) });
  }
  return results;
}

describe('estimateCalls on the fixture folders (snapshot)', function () {
  this.timeout(120_000);
  let calls: DetectedCall[];
  let actual: ScenarioResult[];

  before(async () => {
    calls = await fixtureCalls();
    actual = await estimateScenarios(calls);
    if (UPDATE) {
      const compact = compactSnapshot('Written by test/unit/estimate/estimateSnapshot.test.ts (UPDATE_ESTIMATE_SNAPSHOT=1).', actual);
      const text = snapshotText(compact);
      assert.deepStrictEqual(expandSnapshot(JSON.parse(text) as CompactSnapshot), actual, 'the format must be lossless');
      fs.writeFileSync(SNAPSHOT, text);
    }
  });

  it('finds the calls the snapshot was taken of', () => {
    const expected = (JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')) as CompactSnapshot).scenarios[0].calls.map((c) => c[0]);
    assert.ok(calls.length > 100, `only ${calls.length} calls found`);
    assert.deepStrictEqual(calls.map(callKey), expected, 'the detectors changed: check the calls, then regenerate the snapshot');
  });

  for (const [index, name] of Object.keys(SCENARIOS).entries()) {
    it(`gives exactly the snapshot's estimates: ${name}`, () => {
      const expected = expandSnapshot(JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')) as CompactSnapshot)[index];
      assert.equal(expected.name, name);
      const got = actual[index].estimates;
      assert.equal(got.length, expected.estimates.length);
      got.forEach((e, i) => assert.deepStrictEqual(e, expected.estimates[i], `${name}: ${e.call}`));
    });
  }
});
