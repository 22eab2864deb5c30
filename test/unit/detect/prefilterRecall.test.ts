/**
 * Recall safety net for the literal pre-filter (`mayContainCalls`): a file the pre-filter rejects is
 * never parsed, so every realistic file in which the detector finds an LLM call must pass it, with
 * and without the language hint. The probes (test/unit/detect/prefilterRecall/*Snippets.ts) were
 * written from how real code calls LLM APIs, without looking at the trigger lists; each first proves
 * the detector finds a call in it, so a failing pre-filter assertion is a real lost call.
 * Negative probes (words like messages / responses / embed / invoke in unrelated libraries) only
 * check that the detector stays silent; they say nothing about the pre-filter.
 */
import * as assert from 'node:assert/strict';
import { detectCalls } from '../../../src/core/detect/detect';
import { mayContainCalls } from '../../../src/core/detect/prefilter';
import { TreeSitterParsers } from '../../../src/core/detect/treeSitter';
import { FAMILIES } from '../../../src/core/model';
import type { Family } from '../../../src/core/model';
import { diskGrammarSource } from '../../../src/node/assets';
import { ANTHROPIC_SNIPPETS } from './prefilterRecall/anthropicSnippets';
import { BEDROCK_SNIPPETS } from './prefilterRecall/bedrockSnippets';
import { FRAMEWORK_SNIPPETS } from './prefilterRecall/frameworkSnippets';
import { GOOGLE_SNIPPETS } from './prefilterRecall/googleSnippets';
import { NEGATIVE_SNIPPETS } from './prefilterRecall/negativeSnippets';
import { OPENAI_SNIPPETS } from './prefilterRecall/openAiSnippets';
import { RAW_HTTP_SNIPPETS } from './prefilterRecall/rawHttpSnippets';
import type { RecallSnippet } from './prefilterRecall/snippet';
import { TRICKY_FORM_SNIPPETS } from './prefilterRecall/trickyFormSnippets';
import { VERCEL_SNIPPETS } from './prefilterRecall/vercelSnippets';

const POSITIVES: readonly RecallSnippet[] = [
  ...OPENAI_SNIPPETS, ...ANTHROPIC_SNIPPETS, ...GOOGLE_SNIPPETS, ...BEDROCK_SNIPPETS, ...VERCEL_SNIPPETS,
  ...FRAMEWORK_SNIPPETS, ...RAW_HTTP_SNIPPETS, ...TRICKY_FORM_SNIPPETS,
];

const parsers = new TreeSitterParsers(diskGrammarSource());

const prefilterLanguage = (file: string): 'python' | 'typescript' => (file.endsWith('.py') ? 'python' : 'typescript');
const extension = (file: string): string => file.slice(file.lastIndexOf('.'));

describe('pre-filter recall: files with a detected call pass mayContainCalls', function () {
  this.timeout(60_000);

  it('has >= 120 uniquely titled probes over every file kind and every family', async () => {
    assert.ok(POSITIVES.length >= 120, `only ${POSITIVES.length} positive probes`);
    const titles = POSITIVES.map((s) => s.title);
    assert.deepEqual(titles.filter((t, i) => titles.indexOf(t) !== i), [], 'duplicate titles');
    const kinds = new Set(POSITIVES.map((s) => extension(s.file)));
    for (const ext of ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.py']) assert.ok(kinds.has(ext), `no ${ext} probe`);
    const seen = new Set<Family>();
    for (const s of POSITIVES) for (const c of await detectCalls(parsers, s.file, s.text)) seen.add(c.family);
    assert.deepEqual(FAMILIES.filter((f) => !seen.has(f)), [], 'families no probe exercises');
  });

  for (const s of POSITIVES) {
    it(`${s.title} (${s.file})`, async () => {
      const calls = await detectCalls(parsers, s.file, s.text);
      assert.ok(calls.length > 0, 'the detector finds no call: the probe proves nothing about the pre-filter');
      const lang = prefilterLanguage(s.file);
      assert.equal(mayContainCalls(s.text, lang), true, `pre-filter (${lang}) rejects a file with ${calls.map((c) => c.callee).join(', ')}`);
      assert.equal(mayContainCalls(s.text), true, `pre-filter (no language) rejects a file with ${calls.map((c) => c.callee).join(', ')}`);
    });
  }
});

describe('pre-filter recall negatives: look-alike library code has no detected call', function () {
  this.timeout(60_000);

  it('has >= 25 negative probes', () => {
    assert.ok(NEGATIVE_SNIPPETS.length >= 25, `only ${NEGATIVE_SNIPPETS.length} negative probes`);
  });

  for (const s of NEGATIVE_SNIPPETS) {
    it(`${s.title} (${s.file})`, async () => {
      const calls = await detectCalls(parsers, s.file, s.text);
      assert.deepEqual(calls.map((c) => `${c.line}: ${c.callee} [${c.family}]`), []);
    });
  }
});
