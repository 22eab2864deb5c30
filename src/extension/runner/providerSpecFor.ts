/**
 * From a run target, the user's settings and the key lookup to the provider layer's spec: which
 * base URL, region, Azure endpoint and api-version to use, and how messages name the key's source.
 * Settings that route requests are machine-scoped, so a workspace cannot redirect a key.
 */
import type { ProviderId } from '../../core/model';
import type { Settings } from '../../core/settings/settingsSchema';
import type { ProviderSpec } from '../../providers/createProvider';
import { AWS_REGION_ENVS, AZURE_API_VERSION_ENV, AZURE_ENDPOINT_ENV, providerSetup } from '../../providers/providerRegistry';
import type { RunTarget } from '../../shared/panelModel';
import type { ApiKeyLookup } from '../secrets/apiKeyStore';

type Env = Readonly<Record<string, string | undefined>>;

const SET_KEY = '"LLM Cost: Set API Key…"';

/** A spec to create the client with, or why the target cannot run (nothing is sent then). */
export type SpecOutcome = { readonly spec: ProviderSpec } | { readonly problem: string };

/** Where a provider's key comes from, in the words run errors use (never the key itself). */
export function keyHintFor(provider: ProviderId, lookup: ApiKeyLookup): string {
  const label = providerSetup(provider)?.label ?? provider;
  switch (lookup.kind) {
    case 'secretStorage':
      return `the ${label} key saved with ${SET_KEY}`;
    case 'environment':
      return `the environment variable ${lookup.envVar} (or save a key with ${SET_KEY})`;
    case 'awsCredentialChain':
      return `your AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE), or a Bedrock API key saved with ${SET_KEY} or in AWS_BEARER_TOKEN_BEDROCK`;
    case 'none':
      return lookup.envVars.length
        ? `a key with ${SET_KEY} or the environment variable ${lookup.envVars.join(' / ')}`
        : `a key with ${SET_KEY}`;
  }
}

/** Why a provider cannot run with these settings before anything is sent, or null. */
export function configProblem(provider: ProviderId, settings: Settings, env: Env): string | null {
  const setup = providerSetup(provider);
  if (!setup || setup.family === null) {
    return `${setup?.label ?? provider} cannot run prompts yet (its prices still show in comparisons). Reach it through the custom provider if you have an OpenAI-compatible gateway.`;
  }
  if (provider === 'custom' && !settings['providers.custom.baseUrl']) {
    return 'The custom provider needs a base URL: set llmCost.providers.custom.baseUrl in your user settings, e.g. http://127.0.0.1:8000/v1.';
  }
  if (provider === 'azure-foundry' && !settings['providers.azure-foundry.endpoint'] && !env[AZURE_ENDPOINT_ENV]?.trim()) {
    return `Azure AI Foundry needs your resource endpoint: set llmCost.providers.azure-foundry.endpoint in your user settings (or ${AZURE_ENDPOINT_ENV}).`;
  }
  return null;
}

/** The spec for one target. */
export function providerSpecFor(target: RunTarget, settings: Settings, lookup: ApiKeyLookup, env: Env): SpecOutcome {
  const problem = configProblem(target.provider, settings, env);
  if (problem) return { problem };
  const apiKey = lookup.kind === 'secretStorage' || lookup.kind === 'environment' ? lookup.key : undefined;
  const base = { id: target.provider, keyHint: keyHintFor(target.provider, lookup), ...(apiKey ? { apiKey } : {}) };
  switch (target.provider) {
    case 'aws-bedrock': {
      const region = settings['providers.aws-bedrock.region'] || AWS_REGION_ENVS.map((n) => env[n]?.trim()).find((r) => r);
      const endpoint = settings['providers.aws-bedrock.baseUrl'];
      return { spec: { ...base, ...(region ? { region } : {}), ...(endpoint ? { baseUrl: endpoint } : {}) } };
    }
    case 'azure-foundry': {
      const endpoint = settings['providers.azure-foundry.endpoint'] || env[AZURE_ENDPOINT_ENV]!.trim();
      const version = settings['providers.azure-foundry.apiVersion'] || env[AZURE_API_VERSION_ENV]?.trim() || '';
      // "v1" is the version-less v1 API, which the plain client speaks.
      return { spec: { ...base, baseUrl: endpoint, ...(version && version !== 'v1' ? { apiVersion: version } : {}) } };
    }
    default: {
      const baseUrl = settings[`providers.${target.provider}.baseUrl`];
      return { spec: { ...base, ...(baseUrl ? { baseUrl } : {}) } };
    }
  }
}

/** The model the catalog prices for a target: an Azure deployment's model, else the id itself. */
export function pricedModelFor(target: RunTarget, settings: Settings): string {
  if (target.provider !== 'azure-foundry') return target.model;
  return settings['providers.azure-foundry.deployments'][target.model] ?? target.model;
}
