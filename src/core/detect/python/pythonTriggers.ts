/**
 * The literal texts a Python file (or notebook) must contain for the Python detector to find a
 * call in it, for the pre-filter. Every match path of the detector needs at least one of them:
 * SDK attribute paths and method names, LangChain / LiteLLM imports and classes, LLM routes of
 * raw HTTP URLs (all case-sensitive), and known LLM host names (case-insensitive, as URLs are).
 */
import { LANGCHAIN_CLASS_NAMES } from '../providerHints';
import type { TriggerRule } from '../triggerRule';

/**
 * openai-chat / -completions / -embeddings / -responses and anthropic-messages by their attribute
 * path, and the legacy `openai.ChatCompletion.create` style: sdkCalls.ts takes them with a create /
 * parse / stream method right after the path (or after with_raw_response / with_streaming_response).
 */
export const PYTHON_SDK_CALLS: readonly string[] = [
  'completions.create', 'completions.parse', 'completions.stream', 'embeddings.create',
  'responses.create', 'responses.parse', 'responses.stream', 'messages.create', 'messages.stream',
  'Completion.create', 'Completion.acreate', 'Embedding.create', 'Embedding.acreate',
  'with_raw_response', 'with_streaming_response',
];

/**
 * `messages = client.messages` and then `messages.create(…)`: sdkCalls.ts expands a name bound to an
 * attribute path that ends in an API segment. The line may end in a comment, or be a line of a
 * notebook's JSON (`"msgs = client.messages\\n",`).
 */
const SDK_PATH_ALIAS = /\w[ \t]*=[ \t]*[\w.]+\.(?:completions|embeddings|responses|messages)[ \t]*(?:#.*?)?(?:$|\\n|")/m;

/** Match these case-sensitively. */
export const PYTHON_TRIGGERS: readonly string[] = [
  // raw-http routes
  '/completions', '/embeddings', '/responses', '/messages',
  // google-genai (generate_content*, embed_content*; send_message* below)
  'generate_content', 'embed_content',
  // bedrock-converse / bedrock-invoke and their raw-http routes (LangChain's invoke needs a model class anyway)
  'converse', 'invoke_model', '/invoke',
  // litellm
  'litellm',
  // langchain: the chat model classes known without an import, imports from langchain packages
  // (any other Chat* / *LLM class), init_chat_model, model type hints; Azure AI Inference's client
  'langchain', 'init_chat_model', 'BaseChatModel', 'BaseLanguageModel', 'BaseLLM', 'ChatCompletionsClient',
  ...LANGCHAIN_CLASS_NAMES.filter((n) => n !== 'OpenAI' && n !== 'AzureOpenAI'),
  // raw-http Gemini routes (:generateContent, :streamGenerateContent) on hosts of any name, Ollama's port
  'enerateContent', ':11434',
];

/** Match these case-insensitively: host names of known LLM endpoints (raw HTTP calls). */
export const PYTHON_HOST_TRIGGERS: readonly string[] = [
  'deepseek', 'siliconflow', 'modelarts-maas', 'modelarts-infer', 'myhuaweicloud', 'azure.com', 'amazonaws', 'api.aws',
  'openai', 'anthropic', 'googleapis',
];

export const PYTHON_TRIGGER_RULES: readonly TriggerRule[] = [
  { literals: PYTHON_TRIGGERS },
  { literals: PYTHON_SDK_CALLS },
  { literals: ['.completions', '.embeddings', '.responses', '.messages'], needs: { literals: [], check: (text) => SDK_PATH_ALIAS.test(text) } },
  // send_message* on a genai chat made in the file (`model.start_chat()`, `client.chats.create()`)
  { literals: ['send_message'], needs: { literals: ['start_chat', 'chats'] } },
  { literals: PYTHON_HOST_TRIGGERS, ignoreCase: true },
];
