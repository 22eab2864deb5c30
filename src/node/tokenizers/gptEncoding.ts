/**
 * gpt-tokenizer's encodings, built through its own GptEncoding API from merge ranks that load fast.
 * The package ships the ranks as a 2–3 MB JavaScript module, which V8 parses for ~65 ms before
 * building the encoder; the build (esbuild.js) writes the same ranks as JSON beside the bundles
 * (dist/tokenizers/<encoding>.json), which parses in a third of that. From source (tests), and if
 * the JSON is missing, the package's own module supplies them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GptEncoding } from 'gpt-tokenizer/GptEncoding';
import type { Encoder } from '../../core/tokens/tokenCounter';

export type GptEncodingName = 'o200k_base' | 'cl100k_base';

/** What the package's ranks modules export: per rank, the token's text or its bytes. */
type Ranks = ReadonlyArray<string | readonly number[]>;

// Source files often contain `<|endoftext|>` and the like; by default gpt-tokenizer throws on them.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/** Where the build writes the ranks of `encoding`: beside this bundle. */
function builtRanksFile(encoding: GptEncodingName): string {
  return path.join(__dirname, `${encoding}.json`);
}

/** A counter over `encoding`, with its ranks from `ranksFile` (default: beside this bundle) when present. */
export function gptEncoder(encoding: GptEncodingName, ranksFile = builtRanksFile(encoding)): Encoder {
  const api = GptEncoding.getEncodingApi(encoding, () => loadRanks(encoding, ranksFile) as never);
  return { count: (text) => api.countTokens(text, PLAIN_TEXT) };
}

/** Writes the package's ranks of `encoding` as JSON to `ranksFile` (the build: where gptEncoder reads them). */
export function writeRanks(encoding: GptEncodingName, ranksFile = builtRanksFile(encoding)): void {
  fs.writeFileSync(ranksFile, JSON.stringify(packageRanks(encoding)));
}

function loadRanks(encoding: GptEncodingName, ranksFile: string): Ranks {
  if (fs.existsSync(ranksFile)) return JSON.parse(fs.readFileSync(ranksFile, 'utf8')) as Ranks;
  return packageRanks(encoding);
}

function packageRanks(encoding: GptEncodingName): Ranks {
  // A computed path: esbuild leaves this require alone instead of inlining the ranks.
  const module = `gpt-tokenizer/bpeRanks/${encoding}`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(module) as { default: Ranks }).default;
}
