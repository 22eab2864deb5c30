/**
 * The o200k_base encoding (GPT-4o, GPT-4.1, GPT-5, o-series). esbuild bundles this file on its own
 * (dist/tokenizers/o200k.js, ~2.8 MB of merge data) so that it loads only when a count needs it.
 */
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import type { Encoder } from '../../core/tokens/tokenCounter';

// Source files often contain `<|endoftext|>` and the like; by default gpt-tokenizer throws on them.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/** A counter over the o200k_base encoding. */
export function createEncoder(): Encoder {
  return { count: (text) => countTokens(text, PLAIN_TEXT) };
}
