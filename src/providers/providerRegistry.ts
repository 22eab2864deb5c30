/**
 * Where each host lives and how it is reached: default base URL, client family and the environment
 * variables that hold its key. Facts from provider-facts.json (November 2026); the base URLs are the
 * documented OpenAI-compatible roots.
 */
import type { ProviderId } from '../core/model';

/** Which client speaks to the host. */
export type ClientFamily = 'openai-compatible' | 'azure' | 'bedrock';

export interface ProviderSetup {
  readonly id: ProviderId;
  /** Human name used in messages. */
  readonly label: string;
  /** null: `llm-cost run` cannot reach this host yet. */
  readonly family: ClientFamily | null;
  /** null when the user must give one (Azure endpoint, custom) or the SDK derives it (Bedrock). */
  readonly defaultBaseUrl: string | null;
  /** Environment variables holding the key, most specific first. Empty: no key needed. */
  readonly keyEnvVars: readonly string[];
  /** Whether a run without any key is refused before sending anything. */
  readonly keyRequired: boolean;
}

const setups: readonly ProviderSetup[] = [
  { id: 'deepseek', label: 'DeepSeek', family: 'openai-compatible', defaultBaseUrl: 'https://api.deepseek.com', keyEnvVars: ['DEEPSEEK_API_KEY'], keyRequired: true },
  { id: 'siliconflow-cn', label: 'SiliconFlow (.cn)', family: 'openai-compatible', defaultBaseUrl: 'https://api.siliconflow.cn/v1', keyEnvVars: ['SILICONFLOW_CN_API_KEY', 'SILICONFLOW_API_KEY'], keyRequired: true },
  // .com is a separate account from .cn; the shared variable is a convenience for people with one.
  { id: 'siliconflow-com', label: 'SiliconFlow (.com)', family: 'openai-compatible', defaultBaseUrl: 'https://api.siliconflow.com/v1', keyEnvVars: ['SILICONFLOW_COM_API_KEY', 'SILICONFLOW_API_KEY'], keyRequired: true },
  { id: 'huawei-maas', label: 'Huawei Cloud MaaS', family: 'openai-compatible', defaultBaseUrl: 'https://api.modelarts-maas.com/openai/v1', keyEnvVars: ['HUAWEI_MAAS_API_KEY'], keyRequired: true },
  { id: 'openai', label: 'OpenAI', family: 'openai-compatible', defaultBaseUrl: 'https://api.openai.com/v1', keyEnvVars: ['OPENAI_API_KEY'], keyRequired: true },
  { id: 'azure-foundry', label: 'Azure AI Foundry', family: 'azure', defaultBaseUrl: null, keyEnvVars: ['AZURE_AI_API_KEY'], keyRequired: true },
  // Bedrock: a Bedrock API key if set, else the AWS credential chain (checked by the SDK, not here).
  { id: 'aws-bedrock', label: 'AWS Bedrock', family: 'bedrock', defaultBaseUrl: null, keyEnvVars: ['AWS_BEARER_TOKEN_BEDROCK'], keyRequired: false },
  // A local server usually takes any key; a gateway may want one. Never reuse another host's key here.
  { id: 'custom', label: 'custom endpoint', family: 'openai-compatible', defaultBaseUrl: null, keyEnvVars: ['LLM_COST_CUSTOM_API_KEY'], keyRequired: false },
  { id: 'anthropic', label: 'Anthropic', family: null, defaultBaseUrl: null, keyEnvVars: ['ANTHROPIC_API_KEY'], keyRequired: true },
  { id: 'google', label: 'Google Gemini', family: null, defaultBaseUrl: null, keyEnvVars: ['GEMINI_API_KEY'], keyRequired: true },
];

/** Setup of every known provider id. */
export const providerRegistry: ReadonlyMap<ProviderId, ProviderSetup> = new Map(setups.map((s) => [s.id, s]));

/** Endpoint variable for Azure (the resource URL or a full /openai/v1 base URL). */
export const AZURE_ENDPOINT_ENV = 'AZURE_AI_ENDPOINT';
/** Optional Azure api-version; when set, the deployments API with an `api-key` header is used. */
export const AZURE_API_VERSION_ENV = 'AZURE_AI_API_VERSION';
/** AWS region variables, in the order the AWS SDK reads them. */
export const AWS_REGION_ENVS = ['AWS_REGION', 'AWS_DEFAULT_REGION'] as const;

/** The setup of a provider id, or undefined for an unknown id. */
export function providerSetup(id: string): ProviderSetup | undefined {
  return providerRegistry.get(id as ProviderId);
}

/** The first non-empty key among the provider's variables, with the variable's name. */
export function keyFromEnv(setup: ProviderSetup, env: Readonly<Record<string, string | undefined>>): { key: string; envVar: string } | null {
  for (const name of setup.keyEnvVars) {
    const value = env[name]?.trim();
    if (value) return { key: value, envVar: name };
  }
  return null;
}
