/**
 * Language-independent evidence tables for provider inference: host names in base URLs, API-key
 * environment variable names, LiteLLM model prefixes, Vercel AI SDK provider packages and LangChain
 * chat model classes. Detectors collect evidence from the syntax tree and ask these tables.
 */
import type { Family, ProviderId } from '../model';

/** Host name suffixes of known endpoints, most specific first. */
const HOSTS: ReadonlyArray<readonly [RegExp, ProviderId]> = [
  [/(^|\.)api\.deepseek\.com$/i, 'deepseek'],
  [/(^|\.)deepseek\.com$/i, 'deepseek'],
  [/(^|\.)siliconflow\.cn$/i, 'siliconflow-cn'],
  [/(^|\.)siliconflow\.com$/i, 'siliconflow-com'],
  [/(^|\.)modelarts-maas\.com$/i, 'huawei-maas'],
  [/(^|\.)myhuaweicloud\.com$/i, 'huawei-maas'],
  // ModelArts' older inference host (infer-modelarts-<region>.modelarts-infer.com/v1/infers/<id>/…).
  [/(^|\.)modelarts-infer\.com$/i, 'huawei-maas'],
  [/(^|\.)openai\.azure\.com$/i, 'azure-foundry'],
  [/(^|\.)services\.ai\.azure\.com$/i, 'azure-foundry'],
  [/(^|\.)models\.ai\.azure\.com$/i, 'azure-foundry'],
  [/(^|\.)inference\.ai\.azure\.com$/i, 'azure-foundry'],
  [/(^|\.)cognitiveservices\.azure\.com$/i, 'azure-foundry'],
  [/^bedrock-runtime[.-].*amazonaws\.com$/i, 'aws-bedrock'],
  [/^bedrock-mantle\..*\.api\.aws$/i, 'aws-bedrock'],
  [/(^|\.)api\.openai\.com$/i, 'openai'],
  [/(^|\.)api\.anthropic\.com$/i, 'anthropic'],
  [/(^|\.)generativelanguage\.googleapis\.com$/i, 'google'],
  [/(^|\.)aiplatform\.googleapis\.com$/i, 'google'],
];

/**
 * The provider a URL points at: a known host, or `custom` for any other http(s) URL (a local vLLM,
 * Ollama or gateway). Template placeholders such as `{region}` or `${resource}` are tolerated.
 * Returns null when the text is not a URL at all.
 */
export function providerFromUrl(url: string): ProviderId | null {
  const host = hostOf(url);
  if (host === null) return null;
  for (const [pattern, provider] of HOSTS) if (pattern.test(host)) return provider;
  return 'custom';
}

/** The host name of a URL-like string, or null; placeholders like `{x}`/`${x}`/`<x>` become `x`. */
export function hostOf(url: string): string | null {
  const m = /^\s*(?:https?:)?\/\/([^/?#\s]+)/i.exec(url);
  if (!m) return null;
  const host = m[1].replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/\$?\{([^}]*)\}|<([^>]*)>/g, 'x');
  return host.length > 0 ? host.toLowerCase() : null;
}

/** Whether a URL's path is a known LLM inference route (used for raw HTTP calls to custom hosts). */
export function isLlmRoute(url: string): boolean {
  return /\/(chat\/completions|completions|responses|embeddings|messages|converse(-stream)?|invoke(-with-response-stream)?)\b|:(stream)?generateContent\b/i.test(url);
}

const ENV_VARS: ReadonlyArray<readonly [RegExp, ProviderId]> = [
  [/^DEEPSEEK_/i, 'deepseek'],
  [/^SILICONFLOW_CN_/i, 'siliconflow-cn'],
  [/^(SILICONFLOW|SILICON_FLOW|SF)_(API_)?(KEY|TOKEN|BASE_URL)/i, 'siliconflow-com'],
  [/^(HUAWEI|HUAWEICLOUD|HW|MAAS|MODELARTS)_?(MAAS_)?(API_)?(KEY|TOKEN)/i, 'huawei-maas'],
  [/^(HUAWEI|MAAS|MODELARTS)/i, 'huawei-maas'],
  [/^AZURE_(OPENAI|AI|INFERENCE|FOUNDRY)_/i, 'azure-foundry'],
  [/^AWS_BEARER_TOKEN_BEDROCK$/i, 'aws-bedrock'],
  [/^BEDROCK_/i, 'aws-bedrock'],
  [/^OPENAI_/i, 'openai'],
  [/^ANTHROPIC_/i, 'anthropic'],
  [/^(GEMINI|GOOGLE_API_KEY|GOOGLE_GENAI|GOOGLE_GENERATIVE_AI)/i, 'google'],
];

/** The provider an API-key (or base-URL) environment variable name points at, e.g. DEEPSEEK_API_KEY. */
export function providerFromEnvVar(name: string): ProviderId | null {
  for (const [pattern, provider] of ENV_VARS) if (pattern.test(name)) return provider;
  return null;
}

const LITELLM_PREFIXES: Readonly<Record<string, ProviderId>> = {
  deepseek: 'deepseek',
  openai: 'openai',
  text_completion_openai: 'openai',
  azure: 'azure-foundry',
  azure_ai: 'azure-foundry',
  bedrock: 'aws-bedrock',
  bedrock_converse: 'aws-bedrock',
  anthropic: 'anthropic',
  gemini: 'google',
  vertex_ai: 'google',
  vertex_ai_beta: 'google',
  huawei: 'huawei-maas',
  siliconflow: 'siliconflow-com',
};

/**
 * LiteLLM routes by model prefix (`deepseek/deepseek-chat`, `bedrock/us.deepseek.r1-v1:0`,
 * `azure_ai/DeepSeek-R1`). Returns the provider and the model id without the prefix, or null when
 * the prefix is unknown. A bare model name is routed by its own name, as LiteLLM does.
 */
export function providerFromLiteLlmModel(model: string): { provider: ProviderId; model: string } | null {
  const slash = model.indexOf('/');
  if (slash > 0) {
    const prefix = model.slice(0, slash).toLowerCase();
    const provider = LITELLM_PREFIXES[prefix];
    if (provider) return { provider, model: model.slice(slash + 1) };
  }
  const byName = providerFromModelName(model);
  return byName ? { provider: byName, model } : null;
}

/** The vendor whose own API serves a bare model name (gpt-*, claude-*, gemini-*, deepseek-*). */
export function providerFromModelName(model: string): ProviderId | null {
  const m = model.toLowerCase();
  if (/^(gpt-|o[1-9](-|$)|chatgpt-|text-embedding-(3|ada)|davinci|babbage|gpt\d)/.test(m)) return 'openai';
  if (/^claude-/.test(m)) return 'anthropic';
  // Google's embedding models: text-embedding-004/005, text-multilingual-embedding-002, gemini-embedding-001.
  if (/^(models\/)?(gemini-|text-embedding-00|text-multilingual-embedding|embedding-00|gemma-)/.test(m)) return 'google';
  if (/^deepseek-(chat|reasoner|flash|v\d)/.test(m)) return 'deepseek';
  if (/^(us|eu|apac|global)\.[a-z]+\.|^(anthropic|amazon|meta|deepseek|mistral|cohere|ai21)\.[a-z0-9-]+/.test(m)) return 'aws-bedrock';
  return null;
}

/** Vercel AI SDK provider packages (`import { deepseek } from '@ai-sdk/deepseek'`). */
const VERCEL_PACKAGES: Readonly<Record<string, ProviderId>> = {
  '@ai-sdk/deepseek': 'deepseek',
  '@ai-sdk/openai': 'openai',
  '@ai-sdk/azure': 'azure-foundry',
  '@ai-sdk/amazon-bedrock': 'aws-bedrock',
  '@ai-sdk/anthropic': 'anthropic',
  '@ai-sdk/google': 'google',
  '@ai-sdk/google-vertex': 'google',
  '@ai-sdk/openai-compatible': 'custom',
};

/** The provider of a Vercel AI SDK provider package, or null when the package is not an AI SDK provider. */
export function providerFromVercelPackage(pkg: string): ProviderId | null {
  return VERCEL_PACKAGES[pkg] ?? null;
}

/** LangChain chat/LLM classes (Python and JS) and the vendor each talks to by default. */
const LANGCHAIN_CLASSES: Readonly<Record<string, ProviderId>> = {
  ChatOpenAI: 'openai',
  OpenAI: 'openai',
  AzureChatOpenAI: 'azure-foundry',
  AzureOpenAI: 'azure-foundry',
  AzureAIChatCompletionsModel: 'azure-foundry',
  ChatDeepSeek: 'deepseek',
  ChatAnthropic: 'anthropic',
  ChatGoogleGenerativeAI: 'google',
  ChatVertexAI: 'google',
  ChatBedrock: 'aws-bedrock',
  ChatBedrockConverse: 'aws-bedrock',
  BedrockChat: 'aws-bedrock',
  ChatLiteLLM: 'openai',
};

/** The provider of a LangChain chat model class, or null when the name is not one. */
export function providerFromLangChainClass(name: string): ProviderId | null {
  return LANGCHAIN_CLASSES[name] ?? null;
}

/** All LangChain chat model class names the detectors recognise. */
export const LANGCHAIN_CLASS_NAMES: readonly string[] = Object.keys(LANGCHAIN_CLASSES);

/** The vendor a family talks to when nothing in the file says otherwise. */
export function familyDefaultProvider(family: Family): ProviderId {
  switch (family) {
    case 'anthropic-messages':
      return 'anthropic';
    case 'google-genai':
      return 'google';
    case 'bedrock-converse':
    case 'bedrock-invoke':
      return 'aws-bedrock';
    default:
      return 'openai';
  }
}
