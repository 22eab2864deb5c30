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
import { annotationProblems, detectAll, evaluate, listFiles, readExpected, report, where } from '../../support/detectionMetrics';
import type { Evaluation } from '../../support/detectionMetrics';
import { evaluatedSetTests } from '../../support/detectionSuite';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const CORPUS = path.join(FIXTURES, 'corpus');
const SAMPLE = path.join(FIXTURES, 'sample-workspace');

const parsers = new TreeSitterParsers(diskGrammarSource());

describe('detection corpus (test/fixtures/corpus)', function () {
  this.timeout(120_000);
  evaluatedSetTests('Detection corpus', CORPUS, parsers);
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
