/**
 * Detection measured on held-out ground truth: test/fixtures/holdout holds files shaped after public
 * code that calls LLM APIs (SOURCES.md names the inspirations) and hand-written tricky snippets, all
 * annotated without looking at the detectors. It stands in for the unseen files the product is judged on.
 * Same matching and metrics as corpus.test.ts; the report lists every miss, false positive and wrong field.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { TreeSitterParsers } from '../../../src/core/detect/treeSitter';
import { diskGrammarSource } from '../../../src/node/assets';
import {
  accuracy, annotationProblems, detectAll, evaluate, familyRows, listFiles, pct, precisionOf, readExpected, recallOf,
  report, sameFamily, sameModel, sameProvider, weakFamilies, where,
} from '../../support/detectionMetrics';
import type { Evaluation } from '../../support/detectionMetrics';

const HOLDOUT = path.join(__dirname, '..', '..', 'fixtures', 'holdout');
const THRESHOLD = 0.95;
/** Per-family thresholds apply only to families with at least this many expected calls. */
const MIN_FAMILY_CALLS = 5;

const parsers = new TreeSitterParsers(diskGrammarSource());

describe('held-out detection set (test/fixtures/holdout)', function () {
  this.timeout(120_000);
  const expected = readExpected(HOLDOUT);
  let ev: Evaluation;
  let crashes: string[];

  before(async () => {
    const detection = await detectAll(parsers, HOLDOUT, listFiles(HOLDOUT));
    crashes = detection.crashes;
    ev = evaluate(expected, detection.found);
    console.log(report('Held-out set', ev));
  });

  it('has ground truth that points at the callee names it claims', () => {
    assert.deepEqual(annotationProblems(HOLDOUT, expected), []);
  });

  it('covers every family the judging names, with hard negatives beside them', () => {
    const covered = familyRows(ev).filter((r) => r.expected > 0).map((r) => r.family);
    for (const family of ['openai-chat', 'anthropic-messages', 'google-genai', 'bedrock-converse', 'bedrock-invoke', 'langchain', 'litellm', 'vercel-ai', 'raw-http'] as const) {
      assert.ok(covered.includes(family), `no expected call of ${family}`);
    }
    const annotated = new Set(expected.map((e) => e.file));
    const negatives = listFiles(HOLDOUT).filter((f) => /\.(py|tsx?|m?js|cjs|ipynb)$/.test(f) && !annotated.has(f));
    assert.ok(negatives.length >= 5, `only ${negatives.length} source files without calls`);
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
