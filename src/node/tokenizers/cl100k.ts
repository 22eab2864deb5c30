/**
 * The cl100k_base encoding (GPT-4, GPT-3.5, text-embedding-3, ada-002). esbuild bundles this file on
 * its own (dist/tokenizers/cl100k.js) so that it loads only when a count needs it.
 */
import { countTokens } from 'gpt-tokenizer/encoding/cl100k_base';
import type { Encoder } from '../../core/tokens/tokenCounter';

// Source files often contain `<|endoftext|>` and the like; by default gpt-tokenizer throws on them.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/** A counter over the cl100k_base encoding. */
export function createEncoder(): Encoder {
  return { count: (text) => countTokens(text, PLAIN_TEXT) };
}
