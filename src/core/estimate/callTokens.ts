/**
 * The token assumptions of one call on one model: input from the visible prompt (counted with the
 * model's tokenizer plus chat-template overhead) and defaults for the parts the source does not show;
 * output from a directive, max_tokens or the default; reasoning for models that think by default.
 */
import type { DetectedCall, ProviderId } from '../model';
import type { TokenCounter } from '../tokens/tokenCounter';

/** What callTokens needs of a TokenCounter. */
export type PromptCounter = Pick<TokenCounter, 'count' | 'countMessages'>;
import {
  OUTPUT_HIGH_FACTOR,
  OUTPUT_LOW_FACTOR,
  UNKNOWN_INPUT_HIGH_FACTOR,
  UNKNOWN_INPUT_LOW_FACTOR,
} from './defaults';
import type { EstimateAssumptions, Range, TokenAssumption } from './estimateTypes';

/** The effective per-call assumptions after the call's directive is applied. */
export interface CallAssumptions {
  readonly callsPerDay: number;
  readonly cacheHit: number;
  readonly reasoningShare: number;
}

/** Applies a call's `llm-cost:` directive over the general assumptions. */
export function callAssumptions(call: DetectedCall, a: EstimateAssumptions): CallAssumptions {
  const d = call.directive;
  return {
    callsPerDay: d?.callsPerDay ?? a.callsPerDay,
    cacheHit: clampShare(d?.cacheHit ?? a.cacheHit),
    reasoningShare: clampShare(d?.reasoningShare ?? a.reasoningShare),
  };
}

/** Whether a call produces no output tokens (embeddings). */
export function isEmbeddingCall(call: DetectedCall): boolean {
  return call.family === 'openai-embeddings' || /(^|\.)(embed|embedMany|embedding|aembedding|embed_content|embedContent)$/.test(call.callee);
}

/**
 * Token ranges of `call` when sent to `model` on `provider`. `thinks` says whether the model
 * spends reasoning tokens by default (they are part of the output, as hosts bill them).
 */
export async function callTokens(
  call: DetectedCall,
  model: string,
  provider: ProviderId,
  thinks: boolean,
  counter: PromptCounter,
  a: EstimateAssumptions,
): Promise<TokenAssumption> {
  const { cacheHit, reasoningShare } = callAssumptions(call, a);
  const known = call.prompt.messages.filter((m) => m.text !== null).map((m) => ({ role: m.role, text: m.text as string }));
  const counted = known.length > 0 ? await counter.countMessages(known, model, provider) : await counter.count('', model, provider);
  const input = inputRange(call, counted.tokens, a);
  const visible = outputRange(call, a);
  // Reasoning tokens come on top of the visible answer; max_tokens caps both together.
  const ratio = thinks && !isEmbeddingCall(call) && reasoningShare < 1 ? reasoningShare / (1 - reasoningShare) : 0;
  const reasoning = mapRange(visible, (v) => Math.round(v * ratio));
  // max_tokens caps the whole completion, reasoning included (as OpenAI and DeepSeek count it).
  const cap = call.maxTokens !== null && call.directive?.outputTokens === undefined ? call.maxTokens : Infinity;
  const output: Range = {
    low: Math.min(cap, visible.low + reasoning.low),
    typical: Math.min(cap, visible.typical + reasoning.typical),
    high: cap !== Infinity ? cap : visible.high + reasoning.high,
  };
  return {
    input,
    cachedInput: mapRange(input, (n) => Math.round(n * cacheHit)),
    output,
    reasoning: { low: Math.min(reasoning.low, output.low), typical: Math.min(reasoning.typical, output.typical), high: Math.min(reasoning.high, output.high) },
    approximate: counted.approximate,
    tokenizer: counted.tokenizer,
  };
}

function inputRange(call: DetectedCall, knownTokens: number, a: EstimateAssumptions): Range {
  const directive = call.directive?.inputTokens;
  if (directive !== undefined) return { low: directive, typical: directive, high: directive };
  const unknownParts = call.prompt.knowledge === 'known' ? 0 : Math.max(1, call.prompt.messages.filter((m) => m.text === null).length);
  const unknown = unknownParts * a.defaultInputTokens;
  return {
    low: knownTokens + Math.round(unknown * UNKNOWN_INPUT_LOW_FACTOR),
    typical: knownTokens + unknown,
    high: knownTokens + Math.round(unknown * UNKNOWN_INPUT_HIGH_FACTOR),
  };
}

function outputRange(call: DetectedCall, a: EstimateAssumptions): Range {
  if (isEmbeddingCall(call)) return { low: 0, typical: 0, high: 0 };
  const directive = call.directive?.outputTokens;
  if (directive !== undefined) return { low: directive, typical: directive, high: directive };
  const cap = call.maxTokens ?? Infinity;
  const typical = Math.min(a.defaultOutputTokens, cap);
  return {
    low: Math.round(typical * OUTPUT_LOW_FACTOR),
    typical,
    high: Math.min(cap, typical * OUTPUT_HIGH_FACTOR),
  };
}

function mapRange(r: Range, f: (n: number) => number): Range {
  return { low: f(r.low), typical: f(r.typical), high: f(r.high) };
}

function clampShare(n: number): number {
  return Math.min(1, Math.max(0, n));
}
