/**
 * What a TS/JS file must contain for this detector to report a call in it, for the pre-filter.
 * Every candidate call is found by a callee name of matchers.ts (or an import alias, whose import
 * still spells the original name) and then needs the evidence listed per family below; each
 * literal here is a substring of that evidence. Words that other libraries use too (`.messages`,
 * `embed`, `sendMessage`…) come with a check of the further evidence the matcher requires, so that
 * a validator's `rule.messages` or a video `embed()` is not parsed. The pre-filter may accept a
 * superset of what the detector reports, never less.
 */
import type { Evidence, TriggerRule } from '../triggerRule';
import { LANGCHAIN_CONSTRUCTORS, LLM_CLIENT_NAME } from './names';

/**
 * OpenAI/Anthropic SDK paths other SDKs share (openAiShapedCalls.ts: `certain: false`), with their
 * method spelled too for a destructured resource (`const { messages } = client; messages.create(…)`).
 */
const SHARED_SDK_PATHS = ['.messages', '.responses', '.completions', 'messages.create', 'messages.stream', 'responses.create', 'responses.parse', 'responses.stream'];

/**
 * What openAiShapedCalls.ts needs besides a shared path: a `model` key, an OpenAI-shaped SDK's
 * class or package (openai, @anthropic-ai/*, groq-sdk, together-ai, @cerebras/*), or a client
 * named like an LLM client right before the path (`claude.messages`, `aiClient.beta.messages`).
 */
const OPENAI_SHAPED_EVIDENCE: Evidence = {
  literals: ['model', 'openai', 'anthropic', 'groq', 'together', 'cerebras'],
  ignoreCase: true,
  check: (text) => SHARED_SDK_PATHS.some((path) => receiversBefore(text, path).some((name) => LLM_CLIENT_NAME.test(name))),
};

/** The identifiers each occurrence of a member access is made on (`ai` in `ai?.beta\n  .messages`). */
function receiversBefore(text: string, member: string): string[] {
  const names: string[] = [];
  for (let at = text.indexOf(member); at !== -1; at = text.indexOf(member, at + 1)) {
    const m = /([A-Za-z_$][\w$]*)\s*\??\s*(?:\.\s*beta\s*\??\s*)?$/.exec(text.slice(Math.max(0, at - 200), at));
    if (m) names.push(m[1]);
  }
  return names;
}

/**
 * What an HTTP call needs in the file: a callee of rawHttpCalls.ts HTTP_NAMES (fetch, axios, got,
 * ky, post, request; `path(…).post` of Azure AI Inference too) or a default import of an HTTP client
 * package (node-fetch, undici…).
 */
const HTTP_CALL: Evidence = {
  literals: ['fetch', 'axios', 'undici', "'got'", '"got"', 'got(', 'got.', "'ky'", '"ky"', 'ky(', 'ky.', 'post(', 'post<', 'request(', 'request<'],
};

export const TYPESCRIPT_TRIGGER_RULES: readonly TriggerRule[] = [
  {
    literals: [
      // OpenAI chat (certain by its path, also destructured: `const { completions } = client.chat`),
      // subscripted paths, v3 and @azure/openai method names
      'chat.completions', 'chat?.completions', 'completions.create', 'completions.parse', 'completions.stream', 'embeddings',
      "['completions']", '["completions"]', "['responses']", '["responses"]', "['messages']", '["messages"]',
      'createChatCompletion', 'createCompletion', 'createEmbedding', 'ChatCompletions', 'getCompletions', 'getEmbeddings',
      // Google Gen AI (generateContent*, embedContent, batchEmbedContents)
      'generateContent', 'embedContent', 'EmbedContents',
      // Bedrock runtime commands (ConverseCommand, InvokeModelCommand…)
      'Converse', 'InvokeModel',
      // LangChain: the classes accepted without a LangChain import, else the import's module name
      ...LANGCHAIN_CONSTRUCTORS, 'langchain', 'BaseChatModel', 'BaseLanguageModel',
    ],
  },
  { literals: SHARED_SDK_PATHS, needs: OPENAI_SHAPED_EVIDENCE },
  // Raw HTTP (and Azure AI Inference's path('/chat/completions').post): a known host's literal domain
  // (providerHints HOSTS) or an unmistakable route on any host, with an HTTP call. SDK calls to these
  // hosts are found by the other rules, for which these words are evidence.
  {
    literals: [
      'deepseek', 'siliconflow', 'modelarts', 'myhuaweicloud', 'ai.azure.com', 'cognitiveservices.azure.com', 'bedrock', 'openai', 'anthropic', 'googleapis', 'api.aws',
      '/completions', '/responses', '/messages', '/model/', ':11434', 'streamGenerateContent',
    ],
    needs: HTTP_CALL,
  },
  // chat.sendMessage: the chat comes from startChat / ai.chats.create, or the file imports a Google SDK.
  { literals: ['sendMessage'], needs: { literals: ['startChat', '.chats', '@google', 'firebase'] } },
  // The aggregated BedrockRuntime client's methods: a Bedrock client, a receiver named for it, or a modelId.
  { literals: ['converse', 'invokeModel'], needs: { literals: ['bedrock', 'modelId'], ignoreCase: true } },
  // Vercel AI SDK functions, imported from 'ai' (or ai/rsc) or called with a `model` key (written
  // `model: …`, quoted, or as a shorthand property). `embed` is spelled at its call (`embed(`,
  // `ai.embed(`) or in an import alias (`embed as e`).
  {
    literals: ['generateText', 'streamText', 'generateObject', 'streamObject', 'streamUI', 'embed(', 'embed as', 'embedMany'],
    needs: {
      literals: [
        "'ai'", '"ai"', '`ai`', "'ai/", '"ai/', '`ai/', '@ai-sdk/rsc',
        'model:', 'model :', 'model,', 'model }', 'model\n', 'model\r', "'model'", '"model"',
      ],
    },
  },
];
