/**
 * The SDK client classes the detector knows, the packages that export them and what each says
 * about the host. A class imported from another package (twilio, stripe, a LangChain OpenAI LLM)
 * is not one of these, even when its name matches.
 */
import type { ProviderId } from '../../model';

/** Which API surface a client offers; matchers check it against the family of a call. */
export type SdkKind = 'openai' | 'anthropic' | 'google' | 'bedrock' | 'azure-openai' | 'azure-inference';

export interface SdkClass {
  readonly kind: SdkKind;
  /** Export names; `default` when the package's default export is this class. */
  readonly names: readonly string[];
  readonly module: RegExp;
  /** Host the class itself names (Azure, Bedrock, Vertex, a third-party SDK); wins over env vars. */
  readonly strong?: ProviderId;
  /** Vendor of a plain SDK class (overridden by env vars and model names). */
  readonly weak?: ProviderId;
  /** Evidence text, e.g. "AzureOpenAI client". */
  readonly label: string;
}

const SDK_CLASSES: readonly SdkClass[] = [
  { kind: 'openai', names: ['OpenAI', 'default', 'OpenAIApi'], module: /^openai(-edge)?(\/|$)/, weak: 'openai', label: 'OpenAI client' },
  { kind: 'openai', names: ['AzureOpenAI'], module: /^openai(\/|$)/, strong: 'azure-foundry', label: 'AzureOpenAI client' },
  { kind: 'anthropic', names: ['Anthropic', 'default'], module: /^@anthropic-ai\/sdk(\/|$)/, weak: 'anthropic', label: 'Anthropic client' },
  { kind: 'anthropic', names: ['AnthropicBedrock', 'default'], module: /^@anthropic-ai\/bedrock-sdk/, strong: 'aws-bedrock', label: 'AnthropicBedrock client' },
  { kind: 'anthropic', names: ['AnthropicVertex', 'default'], module: /^@anthropic-ai\/vertex-sdk/, strong: 'google', label: 'AnthropicVertex client' },
  { kind: 'anthropic', names: ['AnthropicFoundry', 'default'], module: /^@anthropic-ai\/foundry-sdk/, strong: 'azure-foundry', label: 'AnthropicFoundry client' },
  { kind: 'google', names: ['GoogleGenAI'], module: /^@google\/genai/, weak: 'google', label: 'GoogleGenAI client' },
  { kind: 'google', names: ['GoogleGenerativeAI'], module: /^@google\/generative-ai/, weak: 'google', label: 'GoogleGenerativeAI client' },
  { kind: 'google', names: ['VertexAI'], module: /^@google-cloud\/vertexai/, strong: 'google', label: 'VertexAI client' },
  { kind: 'bedrock', names: ['BedrockRuntimeClient', 'BedrockRuntime'], module: /^@aws-sdk\/client-bedrock-runtime/, strong: 'aws-bedrock', label: 'Bedrock runtime client' },
  { kind: 'azure-openai', names: ['OpenAIClient'], module: /^@azure\/openai/, strong: 'azure-foundry', label: 'Azure OpenAIClient' },
  { kind: 'azure-inference', names: ['default', 'ModelClient'], module: /^@azure-rest\/ai-inference/, strong: 'azure-foundry', label: 'Azure AI Inference client' },
  // OpenAI-shaped SDKs of other hosts: same API family, not an OpenAI endpoint.
  { kind: 'openai', names: ['Groq', 'default'], module: /^groq-sdk/, strong: 'custom', label: 'Groq client' },
  { kind: 'openai', names: ['Together', 'default'], module: /^together-ai/, strong: 'custom', label: 'Together client' },
  { kind: 'openai', names: ['Cerebras', 'default'], module: /^@cerebras\/cerebras_cloud_sdk/, strong: 'custom', label: 'Cerebras client' },
];

/** Every class name in the table (used to find client constructions in a file). */
export const SDK_CLASS_NAMES: readonly string[] = [...new Set(SDK_CLASSES.flatMap((c) => c.names.filter((n) => n !== 'default')))];

/**
 * The SDK class for an export `imported` of `module`; with `module` null (no import in the file,
 * e.g. a snippet) the name alone decides. Returns undefined for a class of some other package.
 */
export function sdkClassFor(module: string | null, imported: string): SdkClass | undefined {
  // Asked for every mention of a class name in a file, often thousands of times for a few pairs.
  const key = module === null ? `\u0001${imported}` : `${module}\0${imported}`;
  if (classCache.has(key)) return classCache.get(key);
  const found = module === null ? SDK_CLASSES.find((c) => c.names.includes(imported) && imported !== 'default') : sdkClassOf(module, imported === '*' ? 'default' : imported);
  if (classCache.size > 10_000) classCache.clear();
  classCache.set(key, found);
  return found;
}

const classCache = new Map<string, SdkClass | undefined>();

function sdkClassOf(module: string, name: string): SdkClass | undefined {
  return SDK_CLASSES.find((c) => c.module.test(module) && c.names.includes(name));
}

/** Whether a module is one of the LLM SDK packages of a given kind. */
export function isSdkModule(module: string, kinds: readonly SdkKind[]): boolean {
  return SDK_CLASSES.some((c) => kinds.includes(c.kind) && c.module.test(module));
}
