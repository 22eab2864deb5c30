/**
 * The literal texts a Python file (or notebook) must contain for the Python detector to find a
 * call in it, for the pre-filter. Every match path of the detector needs at least one of them:
 * SDK attribute paths and method names, LangChain / LiteLLM imports and classes, LLM routes of
 * raw HTTP URLs (all case-sensitive), and known LLM host names (case-insensitive, as URLs are).
 */
import { LANGCHAIN_CLASS_NAMES } from '../providerHints';

/** Match these case-sensitively. */
export const PYTHON_TRIGGERS: readonly string[] = [
  // openai-chat / -completions / -responses / -embeddings, legacy openai.ChatCompletion, Azure AI Inference
  'completions', 'responses', 'embeddings', 'Completion', 'Embedding',
  // anthropic-messages (and raw-http /messages routes)
  'messages',
  // google-genai (generate_content*, send_message* on genai chats)
  'generate_content', 'send_message',
  // bedrock-converse / bedrock-invoke, raw-http /converse and /invoke routes (LangChain invoke needs a model class anyway)
  'converse', 'invoke',
  // litellm
  'litellm',
  // langchain: Chat* classes, imports from langchain packages, init_chat_model, model type hints
  'Chat', 'langchain', 'init_chat_model', 'BaseLanguageModel', 'BaseLLM',
  ...LANGCHAIN_CLASS_NAMES.filter((n) => !n.includes('Chat') && n !== 'OpenAI' && n !== 'AzureOpenAI'),
  // raw-http Gemini routes (:generateContent, :streamGenerateContent) on hosts of any name
  'enerateContent',
];

/** Match these case-insensitively: host names of known LLM endpoints (raw HTTP calls). */
export const PYTHON_HOST_TRIGGERS: readonly string[] = [
  'deepseek', 'siliconflow', 'modelarts-maas', 'myhuaweicloud', 'azure', 'amazonaws', 'api.aws',
  'openai', 'anthropic', 'googleapis',
];
