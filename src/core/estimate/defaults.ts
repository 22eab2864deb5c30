/**
 * Default estimate assumptions, used when neither settings, CLI flags nor a directive say
 * otherwise. README "How estimates are computed" explains each one.
 */
import type { EstimateAssumptions } from './estimateTypes';

/** Defaults; `at` and `currency` are always set by the caller. */
export const DEFAULT_ASSUMPTIONS: Omit<EstimateAssumptions, 'at' | 'currency'> = {
  callsPerDay: 1000,
  defaultInputTokens: 800,
  defaultOutputTokens: 400,
  cacheHit: 0,
  reasoningShare: 0.5,
  staleAfterDays: 180,
};

/** Days in the month used for monthly figures. */
export const DAYS_PER_MONTH = 30;

/** Low and high output as fractions/multiples of the typical output when max_tokens does not bound it. */
export const OUTPUT_LOW_FACTOR = 0.25;
export const OUTPUT_HIGH_FACTOR = 4;

/** Unknown prompt parts: low and high as multiples of the default input tokens. */
export const UNKNOWN_INPUT_LOW_FACTOR = 0.25;
export const UNKNOWN_INPUT_HIGH_FACTOR = 4;
