/**
 * Loads the tokenizer encoders from disk, each on first use. Beside a bundle they are separate files
 * (dist/tokenizers/<name>.js, built by esbuild.js) required with a computed path, so esbuild does not
 * pull 3+ MB of merge tables into the CLI or extension bundle; when running from source (tests under
 * tsx) the TypeScript modules in src/node/tokenizers/ are required instead.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Encoder, ExactTokenizerId, TokenizerLoaders } from '../core/tokens/tokenCounter';

const MODULE_NAMES: Readonly<Record<ExactTokenizerId, string>> = {
  'o200k': 'o200k',
  'cl100k': 'cl100k',
  'deepseek-v3': 'deepseek',
};

interface EncoderModule {
  createEncoder(): Encoder;
}

/** The file to require for `id` under `dir`: the built bundle if present, else the TS source. */
function modulePath(dir: string, id: ExactTokenizerId): string {
  const base = path.join(dir, 'tokenizers', MODULE_NAMES[id]);
  if (fs.existsSync(`${base}.js`)) return `${base}.js`;
  if (fs.existsSync(`${base}.ts`)) return `${base}.ts`;
  throw new Error(`missing tokenizer bundle ${base}.js: run npm run build`);
}

/**
 * Loaders that require `<dir>/tokenizers/<name>.js` (or `.ts` from source). `dir` defaults to the
 * folder of the running bundle (or of this file, from source).
 */
export function nodeTokenizerLoaders(dir: string = __dirname): TokenizerLoaders {
  return {
    load: async (id) => {
      const file = modulePath(dir, id);
      // A computed path: esbuild leaves this require alone instead of inlining the tokenizer.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const loaded = require(file) as Partial<EncoderModule>;
      if (typeof loaded.createEncoder !== 'function') throw new Error(`${file} does not export createEncoder()`);
      return loaded.createEncoder();
    },
  };
}
