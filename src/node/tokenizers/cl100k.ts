/**
 * The cl100k_base encoding (GPT-4, GPT-3.5, text-embedding-3, ada-002). esbuild bundles this file on
 * its own (dist/tokenizers/cl100k.js) so that it loads only when a count needs it; its merge ranks
 * are dist/tokenizers/cl100k_base.bin (gptEncoding.ts).
 */
import type { Encoder } from '../../core/tokens/tokenCounter';
import { gptEncoder, writeRanks } from './gptEncoding';

/** A counter over the cl100k_base encoding. */
export function createEncoder(): Encoder {
  return gptEncoder('cl100k_base');
}

/** Writes this tokenizer's data where createEncoder reads it (run by esbuild.js). */
export const writeData = (): void => writeRanks('cl100k_base');
