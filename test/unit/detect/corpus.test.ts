/**
 * Detection measured against hand-annotated ground truth: test/fixtures/corpus (realistic files in
 * Python, TS/JS and notebooks, with hard negatives) and the sample workspace that `npm start` scans.
 * Found calls are matched to expected ones by (file, cell, line); the report printed before the
 * assertions lists every miss, false positive and wrong family/model/provider.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { TreeSitterParsers } from '../../../src/core/detect/treeSitter';
import { diskGrammarSource } from '../../../src/node/assets';
import {
  accuracy, annotationProblems, detectAll, evaluate, listFiles, pct, precisionOf, readExpected, recallOf, report,
  sameFamily, sameModel, sameProvider, weakFamilies, where,
} from '../../support/detectionMetrics';
import type { Evaluation } from '../../support/detectionMetrics';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const CORPUS = path.join(FIXTURES, 'corpus');
const SAMPLE = path.join(FIXTURES, 'sample-workspace');
const THRESHOLD = 0.95;
/** Per-family thresholds apply only to families with at least this many expected calls. */
const MIN_FAMILY_CALLS = 5;

const parsers = new TreeSitterParsers(diskGrammarSource());

describe('detection corpus (test/fixtures/corpus)', function () {
  this.timeout(120_000);
  const expected = readExpected(CORPUS);
  let ev: Evaluation;
  let crashes: string[];

  before(async () => {
    const detection = await detectAll(parsers, CORPUS, listFiles(CORPUS));
    crashes = detection.crashes;
    ev = evaluate(expected, detection.found);
    console.log(report('Detection corpus', ev));
  });

  it('has ground truth that points at the callee names it claims', () => {
    assert.deepEqual(annotationProblems(CORPUS, expected), []);
  });

  it('reads every file without throwing', () => {
    assert.deepEqual(crashes, []);
  });

  it(`finds >= ${pct(THRESHOLD)} of the annotated calls and reports >= ${pct(THRESHOLD)} real ones`, () => {
    const recall = recallOf(ev);
    const precision = precisionOf(ev);
    assert.ok(recall >= THRESHOLD, `recall ${pct(recall)}; misses: ${ev.misses.map(where).join(', ')}`);
    assert.ok(precision >= THRESHOLD, `precision ${pct(precision)}; false positives: ${ev.falsePositives.map(where).join(', ')}`);
  });

  it(`reaches >= ${pct(THRESHOLD)} recall and precision in every family with >= ${MIN_FAMILY_CALLS} calls`, () => {
    assert.deepEqual(weakFamilies(ev, THRESHOLD, MIN_FAMILY_CALLS), []);
  });

  it(`names the right family, model and provider for >= ${pct(THRESHOLD)} of the matched calls`, () => {
    for (const [what, same] of [['family', sameFamily], ['model', sameModel], ['provider', sameProvider]] as const) {
      const acc = accuracy(ev, same);
      assert.ok(acc >= THRESHOLD, `${what} accuracy ${pct(acc)} (see the report above)`);
    }
  });
});

describe('sample workspace (test/fixtures/sample-workspace)', function () {
  this.timeout(60_000);
  const expected = readExpected(SAMPLE);
  const skipped = ['node_modules', 'build'];
  let ev: Evaluation;

  let crashes: string[];

  before(async () => {
    const detection = await detectAll(parsers, SAMPLE, listFiles(SAMPLE, skipped));
    crashes = detection.crashes;
    ev = evaluate(expected, detection.found);
    console.log(report('Sample workspace', ev));
  });

  it('has ground truth that points at the callee names it claims', () => {
    assert.deepEqual(annotationProblems(SAMPLE, expected), []);
  });

  it('finds exactly the annotated calls, with family, model, provider and directive', () => {
    assert.deepEqual(crashes, []);
    assert.deepEqual(ev.misses.map(where), []);
    assert.deepEqual(ev.falsePositives.map(where), []);
    for (const { expected: e, found: f } of ev.matches) {
      assert.deepEqual(
        { family: f.family, model: f.model, provider: f.provider, directive: f.directive },
        { family: e.family, model: e.model, provider: e.provider, directive: e.directive ?? null },
        where(e),
      );
    }
  });

  it('keeps real calls in build/ and node_modules/, so that a scan that skips them is tested', async () => {
    const hidden = listFiles(SAMPLE).filter((f) => skipped.some((dir) => f.startsWith(`${dir}/`)));
    const { found } = await detectAll(parsers, SAMPLE, hidden);
    assert.deepEqual([...new Set(found.map((f) => f.file.split('/')[0]))].sort(), ['build', 'node_modules']);
  });
});
