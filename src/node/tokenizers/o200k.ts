/**
 * The o200k_base encoding (GPT-4o, GPT-4.1, GPT-5, o-series). esbuild bundles this file on its own
 * (dist/tokenizers/o200k.js) so that it loads only when a count needs it; its merge ranks are
 * dist/tokenizers/o200k_base.bin (gptEncoding.ts).
 */
import type { Encoder } from '../../core/tokens/tokenCounter';
import { gptEncoder, writeRanks } from './gptEncoding';

/** A counter over the o200k_base encoding. */
export function createEncoder(): Encoder {
  return gptEncoder('o200k_base');
}

/** Writes this tokenizer's data where createEncoder reads it (run by esbuild.js). */
export const writeData = (): void => writeRanks('o200k_base');
