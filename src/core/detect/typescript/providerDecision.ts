/**
 * Combines provider evidence in the order of the detection spec: an explicit URL beats a client
 * class that names a host (Azure, Bedrock, Vertex, ChatDeepSeek…), which beats API-key / base-URL
 * environment variable names, which beat the model's own name, which beats the vendor of a plain
 * SDK class, which beats the family's default vendor.
 */
import type { Family, ProviderId } from '../../model';
import { familyDefaultProvider, providerFromModelName, providerFromUrl } from '../providerHints';
import { providerFromEnvName } from './envVars';

/** A provider with the reason it was chosen. */
export interface ProviderClue {
  readonly provider: ProviderId;
  readonly evidence: string;
}

/** Everything the detector found about where a call goes. */
export interface ProviderEvidence {
  readonly family: Family;
  /** An explicit base URL / endpoint / request URL, with the option name it came from. */
  readonly url?: { readonly url: string; readonly label: string } | null;
  /** A class, package or prefix that names the host by itself. */
  readonly strong?: ProviderClue | null;
  /** Environment variables the client reads (API key first, then base URL). */
  readonly envVars?: readonly string[];
  readonly model?: string | null;
  /** The vendor of a plain SDK class (OpenAI, Anthropic, ChatOpenAI…). */
  readonly weak?: ProviderClue | null;
}

/** The decided provider, its evidence string and the base URL when the file states one. */
export interface ProviderDecision {
  readonly provider: ProviderId;
  readonly providerEvidence: string;
  readonly baseUrl: string | null;
}

/** Picks the provider from the evidence (see the file comment for the order). */
export function decideProvider(e: ProviderEvidence): ProviderDecision {
  const url = e.url ?? null;
  const fromUrl = url ? providerFromUrl(url.url) : null;
  const baseUrl = url && fromUrl ? url.url : null;
  if (url && fromUrl) return { provider: fromUrl, providerEvidence: `${url.label} ${url.url}`, baseUrl };
  if (e.strong) return { provider: e.strong.provider, providerEvidence: e.strong.evidence, baseUrl };
  const env = pickEnv(e.envVars ?? [], e.weak?.provider ?? null);
  // OPENAI_BASE_URL on an OpenAI client says nothing new; a model name such as deepseek-chat does.
  if (env && env.provider !== e.weak?.provider) return { ...env, baseUrl };
  if (e.model) {
    const byName = providerFromModelName(e.model);
    if (byName && byName !== e.weak?.provider && byName !== familyDefaultProvider(e.family)) {
      return { provider: byName, providerEvidence: `model ${e.model}`, baseUrl };
    }
  }
  if (env) return { ...env, baseUrl };
  if (e.weak) return { provider: e.weak.provider, providerEvidence: e.weak.evidence, baseUrl };
  return { provider: familyDefaultProvider(e.family), providerEvidence: 'family default', baseUrl };
}

/** The first env var that names another host than the SDK's own vendor, else the first that names any. */
function pickEnv(names: readonly string[], own: ProviderId | null): { provider: ProviderId; providerEvidence: string } | null {
  let fallback: { provider: ProviderId; providerEvidence: string } | null = null;
  for (const name of names) {
    const provider = providerFromEnvName(name);
    if (!provider) continue;
    const clue = { provider, providerEvidence: `env ${name}` };
    if (provider !== own) return clue;
    fallback ??= clue;
  }
  return fallback;
}
