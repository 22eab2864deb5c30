/**
 * The literal strings (case-sensitive) at least one of which a TS/JS file must contain for this
 * detector to report a call in it. Every candidate call is found by a callee name of matchers.ts
 * (or an import alias, whose import still spells the original name) and then needs the evidence
 * listed per family below; each entry here is a substring of that evidence. The pre-filter may use
 * a superset of this list, never less.
 */
import { LANGCHAIN_CONSTRUCTORS } from './langchainModels';

export const TYPESCRIPT_TRIGGERS: readonly string[] = [
  // OpenAI / Anthropic SDK paths and v3 / @azure/openai method names
  'completions', 'responses', 'embeddings', 'messages', 'Completion', 'Embedding',
  // Google Gen AI
  'generateContent', 'sendMessage',
  // Bedrock runtime commands and aggregated-client methods
  'Converse', 'InvokeModel', 'converse', 'invokeModel',
  // Vercel AI SDK
  'generateText', 'streamText', 'generateObject', 'streamObject', 'embed', 'streamUI',
  // LangChain: the classes accepted without a LangChain import, else the import's module name
  ...LANGCHAIN_CONSTRUCTORS, 'langchain', 'BaseChatModel', 'BaseLanguageModel',
  // Raw HTTP: a known host's literal domain (providerHints HOSTS), or an unmistakable route on any host
  'deepseek', 'siliconflow', 'modelarts', 'myhuaweicloud', 'azure.com', 'bedrock', 'openai', 'anthropic', 'googleapis',
  'api.aws', '/model/', '11434', 'streamGenerateContent',
];
