/**
 * One entry point from "which host, which key, which endpoint" to an {@link LlmProvider}. A setup
 * problem (no key, no endpoint, a host without a client) becomes a provider whose stream reports a
 * `config` fault, so that it shows up beside the other runs instead of stopping them.
 */
import type { ProviderId } from '../core/model';
import type { AwsStaticCredentials } from './bedrock';
import { createBedrockProvider } from './bedrock';
import type { LlmProvider, RunEvent, RunFault, StreamPolicy } from './llmProvider';
import { createOpenAiCompatibleProvider } from './openAiCompatible';
import { providerSetup } from './providerRegistry';

/** What the caller knows about one host; keys come from the caller (env vars or SecretStorage). */
export interface ProviderSpec {
  readonly id: ProviderId;
  readonly apiKey?: string;
  /** Where the key comes from, named in messages, e.g. `DEEPSEEK_API_KEY`. */
  readonly keyHint: string;
  /** Overrides the default base URL (required for `custom` and `azure-foundry`). */
  readonly baseUrl?: string;
  /** Azure api-version (deployments API); omit for the v1 API. */
  readonly apiVersion?: string;
  /** Bedrock region. */
  readonly region?: string;
  /** Bedrock static credentials; omit for the default chain. */
  readonly awsCredentials?: AwsStaticCredentials;
  readonly policy?: Partial<StreamPolicy>;
}

/** Creates the client for `spec`, or a provider that reports why it cannot run. */
export function createProvider(spec: ProviderSpec): LlmProvider {
  const setup = providerSetup(spec.id);
  if (!setup || setup.family === null) {
    return failingProvider(spec.id, `llm-cost cannot run prompts on "${spec.id}" yet; use --provider custom with its OpenAI-compatible base URL if it has one.`);
  }
  if (spec.baseUrl !== undefined && !isHttpUrl(spec.baseUrl)) {
    return failingProvider(spec.id, `the base URL for ${setup.label} is not an http(s) URL: check --base-url or the endpoint setting.`);
  }
  if (setup.family === 'bedrock') {
    return createBedrockProvider({
      region: spec.region,
      endpoint: spec.baseUrl,
      apiKey: spec.apiKey,
      credentials: spec.awsCredentials,
      keyHint: spec.keyHint,
      policy: spec.policy,
    });
  }
  const baseUrl = spec.baseUrl ?? setup.defaultBaseUrl;
  if (!baseUrl) {
    const what = setup.family === 'azure' ? `the Azure endpoint (AZURE_AI_ENDPOINT or --base-url, e.g. https://<resource>.openai.azure.com/openai/v1)` : 'a base URL (--base-url)';
    return failingProvider(spec.id, `${setup.label} needs ${what}.`);
  }
  if (!spec.apiKey && setup.keyRequired) return failingProvider(spec.id, `no API key for ${setup.label}: set ${spec.keyHint}.`);
  return createOpenAiCompatibleProvider({
    id: spec.id,
    label: setup.label,
    baseUrl,
    apiKey: spec.apiKey,
    keyHint: spec.keyHint,
    apiVersion: spec.apiVersion,
    policy: withHostDefaults(spec),
  });
}

/** A provider that ends at once with a `config` fault; nothing is sent. */
export function failingProvider(id: ProviderId, message: string): LlmProvider {
  const error: RunFault = { kind: 'config', message };
  return {
    id,
    async *stream(): AsyncGenerator<RunEvent> {
      yield { type: 'error', error, timings: { ttftMs: null, totalMs: 0 } };
    },
  };
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** How long an OpenAI or Azure reasoning model may think silently before its first token. */
const HIDDEN_REASONING_MS = 300_000;

/**
 * OpenAI's o-series (also on Azure) stream nothing while they reason, sometimes for minutes;
 * DeepSeek and the others stream their reasoning. An explicit idle limit from the caller wins.
 */
function withHostDefaults(spec: ProviderSpec): Partial<StreamPolicy> | undefined {
  const hidden = spec.id === 'openai' || spec.id === 'azure-foundry';
  if (!hidden || spec.policy?.idleTimeoutMs !== undefined || spec.policy?.firstTokenTimeoutMs !== undefined) return spec.policy;
  return { ...spec.policy, firstTokenTimeoutMs: HIDDEN_REASONING_MS };
}
