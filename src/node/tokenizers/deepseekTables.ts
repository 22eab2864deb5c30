/**
 * A faster way to build @lenml/tokenizers' DeepSeek V3 tokenizer. Built from tokenizer.json the
 * library spends ~0.35 s turning 128,000 vocabulary entries and 127,741 merges into its lookup maps
 * (Object.entries over a dictionary object, a split and a JSON.stringify per merge). The build splits
 * tokenizer.json once (esbuild.js):
 *
 * - the pipeline: tokenizer.json with an empty vocabulary and no merges (normaliser, pre-tokeniser,
 *   added tokens, decoder), which the library builds in ~10 ms;
 * - the tables: the vocabulary in id order and, per merge, the key the library's BPE model looks the
 *   pair up by, in rank order, as two frozen maps in one binary file (frozenTables.ts), which load
 *   by reading the file;
 * - a probe: a text and the count the library's own build of the tokenizer gives it.
 *
 * At load time the library builds the tokenizer from the pipeline, and its BPE model looks tokens
 * and merges up in the frozen maps instead of the Maps its constructor would fill. Tokenising is the
 * library's throughout. If the model does not have the fields this expects (a different library
 * version), or the probe counts differently, the tokenizer is built the library's way from the same
 * data instead: slower, never wrong.
 */
import { TokenizerLoader } from '@lenml/tokenizers';
import type { NSTokenizerConfig, NSTokenizerJSON } from '@lenml/tokenizers';
import { defineLazyField, PROBE_TEXT, readFrozenTables, writeFrozenTables } from './frozenTables';
import type { FrozenStringMap } from './frozenTables';

/** The library's tokenizer class (exported by value only, as a member of TokenizerLoader's result). */
export type PreTrainedTokenizer = ReturnType<typeof TokenizerLoader.fromPreTrained>;

/** A text and its count by the library's own build of the tokenizer. */
interface Probe {
  readonly text: string;
  readonly count: number;
}

/** The BPE model's vocabulary and merges, read from the tables file. */
export interface BpeTables {
  /** Token string → id (the added tokens are in the pipeline). */
  readonly ids: FrozenStringMap;
  /** `JSON.stringify([left, right])` of each merge → rank: the library's bpe_ranks keys. */
  readonly ranks: FrozenStringMap;
  readonly probe: Probe;
}

/** What the build writes: the pipeline (no vocabulary, no merges) and the bytes of the tables file. */
export interface SplitTokenizer {
  readonly pipeline: NSTokenizerJSON.Root;
  readonly tables: Uint8Array;
}

/** Splits a full tokenizer.json (see the module comment); `count` is the library's count for the probe. */
export function splitDeepSeekTokenizer(full: NSTokenizerJSON.Root, count: (text: string) => number): SplitTokenizer {
  const model = full.model as { vocab: Record<string, number>; merges: Array<string | [string, string]> };
  const entries = Object.entries(model.vocab);
  const vocab: string[] = new Array<string>(entries.length);
  for (const [token, id] of entries) {
    if (!Number.isInteger(id) || id < 0 || id >= entries.length || vocab[id] !== undefined) throw new Error('the DeepSeek vocabulary ids are not 0..n-1');
    vocab[id] = token;
  }
  const rankKeys = model.merges.map((merge) => JSON.stringify(Array.isArray(merge) ? merge : merge.split(' ', 2)));
  const probe: Probe = { text: PROBE_TEXT, count: count(PROBE_TEXT) };
  return {
    pipeline: { ...full, model: { ...model, vocab: {}, merges: [] } },
    tables: writeFrozenTables(probe, [vocab, rankKeys]),
  };
}

/** The tables in a tables file's bytes (views of them). Throws on a file of another shape. */
export function readBpeTables(bytes: Uint8Array): BpeTables {
  const { meta, maps } = readFrozenTables<Probe>(bytes);
  const [ids, ranks] = maps;
  if (!ids || !ranks || !meta || typeof meta.text !== 'string' || typeof meta.count !== 'number') throw new Error('not the DeepSeek BPE tables');
  return { ids, ranks, probe: meta };
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
  tokens_to_ids: Map<string, number> | TokenIds;
  vocab: string[];
  bpe_ranks: Map<string, number> | FrozenStringMap;
  merges: unknown[];
}

/**
 * Points the model's lookups at the tables, plus the added tokens the tokenizer's constructor put in
 * (ids past the vocabulary). The model's `vocab` (id → token, read when decoding) is built on first
 * use; its `merges`, read only by its constructor, stay empty. False, changing nothing, when the
 * model is not shaped so.
 */
export function installTables(tokenizer: PreTrainedTokenizer, tables: BpeTables): boolean {
  const model = (tokenizer as unknown as { model?: Partial<BpeModelFields> }).model;
  if (!model || !(model.tokens_to_ids instanceof Map) || !(model.bpe_ranks instanceof Map) || !Array.isArray(model.vocab)) return false;
  const added = new Map(model.tokens_to_ids);
  model.tokens_to_ids = new TokenIds(tables.ids, added);
  model.bpe_ranks = tables.ranks;
  defineLazyField(model, 'vocab', () => vocabularyOf(tables.ids, added));
  return true;
}

/** The vocabulary's frozen map with the added tokens over it: the model's tokens_to_ids. */
class TokenIds {
  readonly #frozen: FrozenStringMap;
  readonly #added: Map<string, number>;

  constructor(frozen: FrozenStringMap, added: Map<string, number>) {
    this.#frozen = frozen;
    this.#added = added;
  }

  get size(): number {
    let size = this.#frozen.size;
    for (const token of this.#added.keys()) if (!this.#frozen.has(token)) size++;
    return size;
  }

  get(token: string): number | undefined {
    return this.#added.get(token) ?? this.#frozen.get(token);
  }

  has(token: string): boolean {
    return this.#added.has(token) || this.#frozen.has(token);
  }

  set(token: string, id: number): this {
    this.#added.set(token, id);
    return this;
  }

  *[Symbol.iterator](): IterableIterator<[string, number]> {
    for (const entry of this.#frozen) if (!this.#added.has(entry[0])) yield entry;
    yield* this.#added;
  }
}

/** id → token as the library builds it: the vocabulary, then each added token at its id. */
function vocabularyOf(frozen: FrozenStringMap, added: ReadonlyMap<string, number>): string[] {
  const vocab: string[] = [];
  for (const [token, id] of frozen) vocab[id] = token;
  for (const [token, id] of added) vocab[id] = token;
  return vocab;
}

/** tokenizer.json again, from the pipeline and the tables (the fallback). */
function fullTokenizer(pipeline: NSTokenizerJSON.Root, tables: BpeTables): NSTokenizerJSON.Root {
  const vocab: Record<string, number> = Object.fromEntries(tables.ids);
  const merges = [...tables.ranks.keys()].map((key) => JSON.parse(key) as [string, string]);
  return { ...pipeline, model: { ...pipeline.model, vocab, merges } };
}
