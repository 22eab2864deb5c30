/**
 * The assertions shared by every hand-annotated detection set (the corpus, the held-out set):
 * ground truth sanity, no crash, overall and per-family recall/precision, field accuracy.
 */
import * as assert from 'node:assert/strict';
import type { TreeSitterParsers } from '../../src/core/detect/treeSitter';
import {
  accuracy, annotationProblems, detectAll, evaluate, listFiles, pct, precisionOf, readExpected, recallOf, report,
  sameFamily, sameModel, sameProvider, weakFamilies, where,
} from './detectionMetrics';
import type { Evaluation } from './detectionMetrics';

/** Recall, precision and field accuracy a set must reach. */
export const THRESHOLD = 0.95;
/** Per-family thresholds apply only to families with at least this many expected calls. */
export const MIN_FAMILY_CALLS = 5;

/** What a set's own extra tests can read once the set has been evaluated. */
export interface EvaluatedSet {
  readonly expected: ReturnType<typeof readExpected>;
  evaluation(): Evaluation;
}

/** Declares the shared `it`s for the set in `dir` inside the current `describe`. */
export function evaluatedSetTests(title: string, dir: string, parsers: TreeSitterParsers): EvaluatedSet {
  const expected = readExpected(dir);
  let ev: Evaluation | undefined;
  let crashes: string[] = [];

  before(async () => {
    const detection = await detectAll(parsers, dir, listFiles(dir));
    crashes = detection.crashes;
    ev = evaluate(expected, detection.found);
    console.log(report(title, ev));
  });
  const evaluation = (): Evaluation => {
    assert.ok(ev, 'the set was not evaluated');
    return ev;
  };

  it('has ground truth that points at the callee names it claims', () => {
    assert.deepEqual(annotationProblems(dir, expected), []);
  });

  it('reads every file without throwing', () => {
    assert.deepEqual(crashes, []);
  });

  it(`finds >= ${pct(THRESHOLD)} of the annotated calls and reports >= ${pct(THRESHOLD)} real ones`, () => {
    const recall = recallOf(evaluation());
    const precision = precisionOf(evaluation());
    assert.ok(recall >= THRESHOLD, `recall ${pct(recall)}; misses: ${evaluation().misses.map(where).join(', ')}`);
    assert.ok(precision >= THRESHOLD, `precision ${pct(precision)}; false positives: ${evaluation().falsePositives.map(where).join(', ')}`);
  });

  it(`reaches >= ${pct(THRESHOLD)} recall and precision in every family with >= ${MIN_FAMILY_CALLS} calls`, () => {
    assert.deepEqual(weakFamilies(evaluation(), THRESHOLD, MIN_FAMILY_CALLS), []);
  });

  it(`names the right family, model and provider for >= ${pct(THRESHOLD)} of the matched calls`, () => {
    for (const [what, same] of [['family', sameFamily], ['model', sameModel], ['provider', sameProvider]] as const) {
      const acc = accuracy(evaluation(), same);
      assert.ok(acc >= THRESHOLD, `${what} accuracy ${pct(acc)} (see the report above)`);
    }
  });
  return { expected, evaluation };
}
