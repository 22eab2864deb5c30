/**
 * A faster way to build @lenml/tokenizers' DeepSeek V3 tokenizer. Built from tokenizer.json the
 * library spends ~0.35 s turning 128,000 vocabulary entries and 127,741 merges into its lookup maps
 * (Object.entries over a dictionary object, a split and a JSON.stringify per merge). The build splits
 * tokenizer.json once (esbuild.js):
 *
 * - the pipeline: tokenizer.json with an empty vocabulary and no merges (normaliser, pre-tokeniser,
 *   added tokens, decoder), which the library builds in ~10 ms;
 * - the tables: the vocabulary in id order and, per merge, the key the library's BPE model looks the
 *   pair up by, in rank order;
 * - a probe: a text and the count the library's own build of the tokenizer gives it.
 *
 * At load time the library builds the tokenizer from the pipeline, and its BPE model gets the maps
 * built from the tables — the same maps its constructor would build, in a third of the time.
 * Tokenising is the library's throughout. If the model does not have the fields this expects (a
 * different library version), or the probe counts differently, the tokenizer is built the library's
 * way from the same data instead: slower, never wrong.
 */
import { TokenizerLoader } from '@lenml/tokenizers';
import type { NSTokenizerConfig, NSTokenizerJSON } from '@lenml/tokenizers';

/** The library's tokenizer class (exported by value only, as a member of TokenizerLoader's result). */
export type PreTrainedTokenizer = ReturnType<typeof TokenizerLoader.fromPreTrained>;

/** The BPE model's vocabulary and merges, as the library's maps want them. */
export interface BpeTables {
  /** Token strings, index = id (the added tokens are in the pipeline). */
  readonly vocab: readonly string[];
  /** `JSON.stringify([left, right])` of each merge, index = rank: the library's bpe_ranks key. */
  readonly rankKeys: readonly string[];
  /** A text and its count by the library's own build of the tokenizer. */
  readonly probe: { readonly text: string; readonly count: number };
}

/** What the build writes: the pipeline (no vocabulary, no merges) and the tables. */
export interface SplitTokenizer {
  readonly pipeline: NSTokenizerJSON.Root;
  readonly tables: BpeTables;
}

/** Covers the pre-tokeniser's paths: digits, CJK, kana, punctuation runs, whitespace, an added token, bytes. */
export const PROBE_TEXT =
  'def add(a, b):\n    return a + b  # 12345 ½ — "quoted" \\ back\\slash\n你好，世界 こんにちは カタカナ <｜User｜> émoji 😀\t\r\n';

/** Splits a full tokenizer.json (see the module comment); `count` is the library's count for the probe. */
export function splitDeepSeekTokenizer(full: NSTokenizerJSON.Root, count: (text: string) => number): SplitTokenizer {
  const model = full.model as { vocab: Record<string, number>; merges: Array<string | [string, string]> };
  const vocab: string[] = [];
  for (const [token, id] of Object.entries(model.vocab)) vocab[id] = token;
  if (vocab.length !== Object.keys(model.vocab).length || vocab.some((t) => t === undefined)) {
    throw new Error('the DeepSeek vocabulary ids are not 0..n-1');
  }
  const rankKeys = model.merges.map((merge) => JSON.stringify(Array.isArray(merge) ? merge : merge.split(' ', 2)));
  return {
    pipeline: { ...full, model: { ...model, vocab: {}, merges: [] } },
    tables: { vocab, rankKeys, probe: { text: PROBE_TEXT, count: count(PROBE_TEXT) } },
  };
}

/** The library's tokenizer from the pipeline and tables (fast), else rebuilt from both the library's way. */
export function tokenizerFromTables(pipeline: NSTokenizerJSON.Root, tables: BpeTables, config: NSTokenizerConfig.Root): PreTrainedTokenizer {
  const fast = TokenizerLoader.fromPreTrained({ tokenizerJSON: pipeline, tokenizerConfig: config });
  if (installTables(fast, tables) && countOf(fast, tables.probe.text) === tables.probe.count) return fast;
  return TokenizerLoader.fromPreTrained({ tokenizerJSON: fullTokenizer(pipeline, tables), tokenizerConfig: config });
}

/** The count the scan uses: no BOS (a prompt's template tokens are counted in chatTemplates.ts). */
export function countOf(tokenizer: PreTrainedTokenizer, text: string): number {
  return tokenizer.encode(text, { add_special_tokens: false }).length;
}

/** The fields of the library's BPE model that its constructor fills from the vocabulary and merges. */
interface BpeModelFields {
  tokens_to_ids: Map<string, number>;
  vocab: string[];
  bpe_ranks: Map<string, number>;
  merges: unknown[];
}

/**
 * Puts the tables into the model's maps, as its constructor would, plus the added tokens the
 * tokenizer's constructor put in (ids past the vocabulary). The model's `merges`, read only by its
 * constructor, stay empty. False, changing nothing, when the model is not shaped so.
 */
export function installTables(tokenizer: PreTrainedTokenizer, tables: BpeTables): boolean {
  const model = (tokenizer as unknown as { model?: Partial<BpeModelFields> }).model;
  if (!model || !(model.tokens_to_ids instanceof Map) || !(model.bpe_ranks instanceof Map) || !Array.isArray(model.vocab)) return false;
  const added = [...model.tokens_to_ids];
  const ids = new Map<string, number>();
  const vocab = [...tables.vocab];
  for (let id = 0; id < vocab.length; id++) ids.set(vocab[id], id);
  for (const [token, id] of added) {
    ids.set(token, id);
    vocab[id] = token;
  }
  const ranks = new Map<string, number>();
  for (let rank = 0; rank < tables.rankKeys.length; rank++) ranks.set(tables.rankKeys[rank], rank);
  model.tokens_to_ids = ids;
  model.vocab = vocab;
  model.bpe_ranks = ranks;
  return true;
}

/** tokenizer.json again, from the pipeline and the tables (the fallback). */
function fullTokenizer(pipeline: NSTokenizerJSON.Root, tables: BpeTables): NSTokenizerJSON.Root {
  const vocab: Record<string, number> = {};
  tables.vocab.forEach((token, id) => (vocab[token] = id));
  const merges = tables.rankKeys.map((key) => JSON.parse(key) as [string, string]);
  return { ...pipeline, model: { ...pipeline.model, vocab, merges } };
}
