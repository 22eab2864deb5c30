/**
 * The engine's estimate for a prompt about to be run (the runner shows it next to the actual cost):
 * the same arithmetic as for a call found in code, with the whole prompt known.
 */
import type { Catalog } from '../catalog/catalogSchema';
import type { DetectedCall, ProviderId } from '../model';
import type { TokenCounter } from '../tokens/tokenCounter';
import { estimateCall } from './estimateCalls';
import type { EstimateAssumptions, OfferEstimate } from './estimateTypes';

/** A prompt as the runner sends it. */
export interface PromptToEstimate {
  readonly provider: ProviderId;
  readonly model: string;
  readonly prompt: string;
  readonly system?: string;
  readonly maxTokens?: number;
  readonly reasoningEffort?: string;
  /** False when the host's thinking is switched off. */
  readonly thinking?: boolean;
}

/** The estimate on the offer the prompt runs on, or null when the catalog does not price it. */
export async function estimatePrompt(
  p: PromptToEstimate,
  catalog: Catalog,
  counter: TokenCounter,
  assumptions: EstimateAssumptions,
): Promise<OfferEstimate | null> {
  const messages = [...(p.system ? [{ role: 'system', text: p.system }] : []), { role: 'user', text: p.prompt }];
  const call: DetectedCall = {
    file: '',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    language: 'typescript',
    family: 'openai-chat',
    callee: 'run',
    model: p.model,
    provider: p.provider,
    providerEvidence: 'runner',
    baseUrl: null,
    stream: true,
    maxTokens: p.maxTokens ?? null,
    reasoningEffort: p.thinking === false ? 'none' : (p.reasoningEffort ?? null),
    prompt: { text: messages.map((m) => m.text).join('\n'), knowledge: 'known', messages },
    directive: null,
  };
  const estimate = await estimateCall(call, catalog, counter, { ...assumptions, providers: [p.provider] });
  return estimate.current;
}
