/**
 * The o200k_base encoding (GPT-4o, GPT-4.1, GPT-5, o-series). esbuild bundles this file on its own
 * (dist/tokenizers/o200k.js) so that it loads only when a count needs it; its merge ranks are
 * dist/tokenizers/o200k_base.json (gptEncoding.ts).
 */
import type { Encoder } from '../../core/tokens/tokenCounter';
import { gptEncoder, ranksJson } from './gptEncoding';

/** A counter over the o200k_base encoding. */
export function createEncoder(): Encoder {
  return gptEncoder('o200k_base');
}

/** The merge ranks as JSON, for the build (esbuild.js). */
export const buildRanks = (): string => ranksJson('o200k_base');
