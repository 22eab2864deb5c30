/**
 * The shared vocabulary of the engine: API families, provider ids, languages and the shape of a
 * detected call. Everything in src/core, src/cli, src/providers and src/extension speaks these types.
 */

/** API families, with the exact ids of DESIGN 2A (the JSON output and the tests use them). */
export const FAMILIES = [
  'openai-chat',
  'openai-responses',
  'openai-completions',
  'openai-embeddings',
  'anthropic-messages',
  'google-genai',
  'bedrock-converse',
  'bedrock-invoke',
  'langchain',
  'litellm',
  'vercel-ai',
  'raw-http',
] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * Hosts the product knows. `custom` is any other OpenAI-compatible base URL (a local vLLM, Ollama,
 * a gateway); more ids may be added (see docs/ARCHITECTURE.md, "add a provider").
 */
export const PROVIDERS = [
  'deepseek',
  'siliconflow-cn',
  'siliconflow-com',
  'huawei-maas',
  'azure-foundry',
  'aws-bedrock',
  'openai',
  'anthropic',
  'google',
  'custom',
] as const;
export type ProviderId = (typeof PROVIDERS)[number];

/** Languages, named with VS Code language ids. Notebook cells report the language of the cell. */
export type LanguageId = 'typescript' | 'typescriptreact' | 'javascript' | 'javascriptreact' | 'python';

/** How much of a call's prompt the source shows. */
export type PromptKnowledge = 'known' | 'partial' | 'unknown';

/** One message of the prompt as far as the source shows it; `text` is null where it is not a literal. */
export interface PromptMessage {
  readonly role: string;
  readonly text: string | null;
}

/** The prompt text visible in the source. */
export interface VisiblePrompt {
  /** System + messages joined (only the parts that are literals). */
  readonly text: string;
  readonly knowledge: PromptKnowledge;
  readonly messages: readonly PromptMessage[];
}

/** Assumptions written in a `llm-cost:` comment on the line above a call. */
export interface Directive {
  readonly callsPerDay?: number;
  readonly inputTokens?: number;
  readonly outputTokens?: number;
  /** Share of input tokens served from cache, 0..1. */
  readonly cacheHit?: number;
  /** Share of output tokens spent on reasoning, 0..1. */
  readonly reasoningShare?: number;
  /** Directive keys that were not understood, reported to the user. */
  readonly unknownKeys?: readonly string[];
}

/** Where in the source something stands: 1-based line and column. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** One LLM API call site found in a file. */
export interface DetectedCall {
  /** Path as handed to the detector (the CLI makes it relative to the scanned root). */
  readonly file: string;
  /** 1-based line of the callee name and its `(` (within the cell for notebooks). */
  readonly line: number;
  /** 1-based column of the callee name (e.g. of `create` in `client.chat.completions.create(`). */
  readonly column: number;
  /** End of the callee name, 1-based, exclusive column (for editor ranges). */
  readonly endLine: number;
  readonly endColumn: number;
  /** 0-based index over all cells of a notebook; absent for plain files. */
  readonly cell?: number;
  readonly language: LanguageId;
  readonly family: Family;
  /** The callee as written, e.g. `client.chat.completions.create`. */
  readonly callee: string;
  /** Model id as the code names it, or null when the file does not say. */
  readonly model: string | null;
  readonly provider: ProviderId;
  /** Why the provider was chosen, e.g. `base_url https://api.deepseek.com`, `env DEEPSEEK_API_KEY`, `family default`. */
  readonly providerEvidence: string;
  /** The base URL the client is configured with, when the file states it. */
  readonly baseUrl: string | null;
  readonly stream: boolean;
  /** max_tokens / max_output_tokens / max_completion_tokens / maxTokens when a literal. */
  readonly maxTokens: number | null;
  readonly reasoningEffort: string | null;
  readonly prompt: VisiblePrompt;
  /** The `llm-cost:` directive on the line above, if any. */
  readonly directive: Directive | null;
}

/** A file the detector skipped or could not read, with the reason shown to the user. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

/**
 * Token usage, normalised across hosts. `inputTokens` counts ALL input tokens, cache hits included;
 * `outputTokens` counts ALL output tokens, reasoning included (the convention of the OpenAI and
 * DeepSeek usage objects). The cached and reasoning counts say how many of those they were.
 */
export interface TokenUsage {
  readonly inputTokens: number;
  readonly cachedInputTokens: number;
  readonly cacheWriteTokens: number;
  readonly outputTokens: number;
  readonly reasoningTokens: number;
}

export type Currency = 'USD' | 'CNY';
export type Hardware = 'ascend' | 'nvidia' | 'unknown';
