/**
 * SDK client classes of the Python ecosystem: which SDK each belongs to and the host its class
 * alone implies (AzureOpenAI → Azure, AnthropicBedrock → Bedrock …).
 */
import type { ProviderId } from '../../model';

/** Groups of clients that serve the same call shapes. */
/** `other`: a client class of an SDK we do not know, used only for OpenAI-shaped calls. */
export type SdkGroup = 'openai' | 'anthropic' | 'genai' | 'bedrock' | 'azure-inference' | 'http' | 'other';

/** What a client class says by itself. */
export interface ClientClass {
  readonly sdk: SdkGroup;
  /** The provider the class implies (null: decided by base URL / env / family default). */
  readonly provider: ProviderId | null;
}

/** Client constructors by class name (the last name of the callee). */
export const CLIENT_CLASSES: Readonly<Record<string, ClientClass>> = {
  OpenAI: { sdk: 'openai', provider: null },
  AsyncOpenAI: { sdk: 'openai', provider: null },
  AzureOpenAI: { sdk: 'openai', provider: 'azure-foundry' },
  AsyncAzureOpenAI: { sdk: 'openai', provider: 'azure-foundry' },
  // OpenAI-compatible SDKs of other hosts: same call shapes, a host we do not price.
  Groq: { sdk: 'openai', provider: 'custom' },
  AsyncGroq: { sdk: 'openai', provider: 'custom' },
  Together: { sdk: 'openai', provider: 'custom' },
  AsyncTogether: { sdk: 'openai', provider: 'custom' },
  Fireworks: { sdk: 'openai', provider: 'custom' },
  Cerebras: { sdk: 'openai', provider: 'custom' },
  Anthropic: { sdk: 'anthropic', provider: null },
  AsyncAnthropic: { sdk: 'anthropic', provider: null },
  AnthropicBedrock: { sdk: 'anthropic', provider: 'aws-bedrock' },
  AsyncAnthropicBedrock: { sdk: 'anthropic', provider: 'aws-bedrock' },
  AnthropicVertex: { sdk: 'anthropic', provider: 'google' },
  AsyncAnthropicVertex: { sdk: 'anthropic', provider: 'google' },
  AnthropicFoundry: { sdk: 'anthropic', provider: 'azure-foundry' },
  AsyncAnthropicFoundry: { sdk: 'anthropic', provider: 'azure-foundry' },
  GenerativeModel: { sdk: 'genai', provider: 'google' },
  ChatCompletionsClient: { sdk: 'azure-inference', provider: 'azure-foundry' },
  Client: { sdk: 'genai', provider: 'google' },
};

/** HTTP client constructors whose instances post requests (`httpx.AsyncClient(base_url=…)`). */
export const HTTP_CLIENT_CLASSES: ReadonlySet<string> = new Set(['Client', 'AsyncClient', 'Session', 'ClientSession']);

/** Keyword arguments that carry a base URL or endpoint. */
export const URL_KEYWORDS: readonly string[] = ['base_url', 'api_base', 'openai_api_base', 'azure_endpoint', 'endpoint', 'base_url_override'];

/** Keyword arguments that carry a key (their env-var names hint at the host). */
export const KEY_KEYWORDS: readonly string[] = ['api_key', 'openai_api_key', 'anthropic_api_key', 'google_api_key', 'deepseek_api_key', 'credential', 'azure_ad_token'];

/** Families each SDK group serves, for the "one client in the file" fallback. */
export function sdkOfFamily(family: string): SdkGroup | null {
  if (family.startsWith('openai-')) return 'openai';
  if (family === 'anthropic-messages') return 'anthropic';
  if (family === 'google-genai') return 'genai';
  if (family.startsWith('bedrock-')) return 'bedrock';
  return null;
}
