/**
 * Names the TS/JS detector and its pre-filter (triggers.ts) share, kept in a module of their own
 * so that the pre-filter (which also runs in scan workers) does not load the detector.
 */
import { LANGCHAIN_CLASS_NAMES } from '../providerHints';

/** A client named like an LLM client (`claude`, `llm`, `this.openai`, `aiClient`). */
export const LLM_CLIENT_NAME = /openai|anthropic|claude|gpt|llm|azure|deepseek|ai$|^ai/i;

/** LangChain class names also used by other packages; they count only when imported from LangChain. */
export const AMBIGUOUS_LANGCHAIN_NAMES: ReadonlySet<string> = new Set(['OpenAI', 'AzureOpenAI']);

/** Names whose constructions / calls make a LangChain chat model (aliases come from imports). */
export const LANGCHAIN_CONSTRUCTORS: readonly string[] = [...LANGCHAIN_CLASS_NAMES.filter((n) => !AMBIGUOUS_LANGCHAIN_NAMES.has(n)), 'initChatModel'];
