/**
 * gpt-tokenizer's encodings, built through its own GptEncoding API from merge ranks that load fast.
 * The package ships the ranks as a 2–3 MB JavaScript module, which V8 parses for ~65 ms, and its
 * encoder then fills a Map with 100,000–200,000 entries. The build (esbuild.js) writes the same
 * ranks as a tables file beside the bundles (dist/tokenizers/<encoding>.bin, frozenTables.ts): the
 * ranks of the tokens that are text as a frozen map, the few that are raw bytes in its meta, and
 * the count the package's own encoder gives the probe text.
 *
 * At load time the encoder is built by the package from the byte tokens only, and its text-token
 * lookups go to the frozen map instead of the Map it would fill. Counting is the package's. If the
 * encoder is not shaped as expected (another package version) or the probe counts differently, it
 * is built the package's way from the full ranks instead. From source (tests), and if the tables
 * file is missing, the package's own module supplies the ranks.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GptEncoding } from 'gpt-tokenizer/GptEncoding';
import type { Encoder } from '../../core/tokens/tokenCounter';
import { defineLazyField, PROBE_TEXT, readFrozenTables, writeFrozenTables } from './frozenTables';
import type { FrozenStringMap } from './frozenTables';

export type GptEncodingName = 'o200k_base' | 'cl100k_base';

/** What the package's ranks modules export: per rank, the token's text or its bytes. */
type Ranks = ReadonlyArray<string | readonly number[]>;

/** The meta of a ranks tables file. */
interface RanksMeta {
  /** The tokens that are not valid UTF-8 text, as [rank, bytes]. */
  readonly bytes: ReadonlyArray<readonly [number, readonly number[]]>;
  /** PROBE_TEXT's count by the package's encoder from the full ranks. */
  readonly probeCount: number;
}

// Source files often contain `<|endoftext|>` and the like; by default gpt-tokenizer throws on them.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/** Where the build writes the ranks of `encoding`: beside this bundle. */
function builtRanksFile(encoding: GptEncodingName): string {
  return path.join(__dirname, `${encoding}.bin`);
}

/** A counter over `encoding`, with its ranks from the tables file `ranksFile` (default: beside this bundle) when present. */
export function gptEncoder(encoding: GptEncodingName, ranksFile = builtRanksFile(encoding)): Encoder {
  const api = fs.existsSync(ranksFile)
    ? encodingFromTables(encoding, fs.readFileSync(ranksFile))
    : GptEncoding.getEncodingApi(encoding, () => packageRanks(encoding) as never);
  return { count: (text) => api.countTokens(text, PLAIN_TEXT) };
}

/** Writes the package's ranks of `encoding` as a tables file to `ranksFile` (the build: where gptEncoder reads them). */
export function writeRanks(encoding: GptEncodingName, ranksFile = builtRanksFile(encoding)): void {
  const ranks = packageRanks(encoding);
  const library = GptEncoding.getEncodingApi(encoding, () => ranks as never);
  const bytes: Array<[number, readonly number[]]> = [];
  ranks.forEach((token, rank) => typeof token !== 'string' && bytes.push([rank, token]));
  const meta: RanksMeta = { bytes, probeCount: library.countTokens(PROBE_TEXT, PLAIN_TEXT) };
  fs.writeFileSync(ranksFile, writeFrozenTables(meta, [ranks.map((token) => (typeof token === 'string' ? token : undefined))]));
}

/** The encoder over a tables file's ranks (fast), else built the package's way from them. Throws on a file of another shape. */
export function encodingFromTables(encoding: GptEncodingName, file: Uint8Array): GptEncoding {
  const { meta, maps } = readFrozenTables<RanksMeta>(file);
  const [text] = maps;
  if (!text || !meta || !Array.isArray(meta.bytes) || typeof meta.probeCount !== 'number') throw new Error(`not the ${encoding} ranks`);
  const byteTokens: Array<string | readonly number[]> = [];
  for (const [rank, bytes] of meta.bytes) byteTokens[rank] = bytes;
  const fast = GptEncoding.getEncodingApi(encoding, () => byteTokens as never);
  if (installTextRanks(fast, text, meta.bytes.length) && fast.countTokens(PROBE_TEXT, PLAIN_TEXT) === meta.probeCount) return fast;
  return GptEncoding.getEncodingApi(encoding, () => allRanks(text, byteTokens) as never);
}

/** The fields of gpt-tokenizer's byte-pair core that its constructor fills from the ranks. */
interface CoreFields {
  bytePairStringRankEncoder: Map<string, number> | FrozenStringMap;
  bytePairRankDecoder: ReadonlyArray<string | readonly number[]>;
  mergeableBytePairRankCount: number;
}

/**
 * Points an encoder built from the byte tokens only at the frozen map of the text tokens, and
 * corrects what its constructor counted. The rank → token array (read when decoding) is built on
 * first use. False, changing nothing, when the encoder is not shaped so.
 */
function installTextRanks(api: GptEncoding, text: FrozenStringMap, byteTokenCount: number): boolean {
  const fields = api as unknown as { bytePairEncodingCoreProcessor?: Partial<CoreFields>; vocabularySize: number };
  const core = fields.bytePairEncodingCoreProcessor;
  if (!core || !(core.bytePairStringRankEncoder instanceof Map) || core.bytePairStringRankEncoder.size !== 0) return false;
  if (!Array.isArray(core.bytePairRankDecoder) || core.mergeableBytePairRankCount !== byteTokenCount) return false;
  const byteTokens = core.bytePairRankDecoder;
  core.bytePairStringRankEncoder = text;
  defineLazyField(core, 'bytePairRankDecoder', () => allRanks(text, byteTokens));
  core.mergeableBytePairRankCount = byteTokenCount + text.size;
  fields.vocabularySize += text.size;
  return true;
}

/** Every rank's token, from the text tokens' map and the byte tokens (holes stay holes). */
function allRanks(text: FrozenStringMap, byteTokens: Ranks): Array<string | readonly number[]> {
  const ranks: Array<string | readonly number[]> = [];
  for (let rank = 0; rank < text.count; rank++) {
    const token = text.keyAt(rank) ?? byteTokens[rank];
    if (token !== undefined) ranks[rank] = token;
  }
  return ranks;
}

function packageRanks(encoding: GptEncodingName): Ranks {
  // A computed path: esbuild leaves this require alone instead of inlining the ranks.
  const module = `gpt-tokenizer/bpeRanks/${encoding}`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(module) as { default: Ranks }).default;
}
