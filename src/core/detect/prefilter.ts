/**
 * The literal pre-filter: a file that contains none of these strings cannot hold a call the
 * detectors would report, so it is never parsed. The list is a superset of every detector's
 * triggers (SDK method names, SDK/package names, known endpoint hosts); `npm run bench` hands the
 * same list to `rg -l -F` as the baseline.
 */

/** Trigger literals, case-sensitive. */
export const PREFILTER_LITERALS: readonly string[] = [
  // SDK method and class names of every family
  'completions', 'responses', 'embeddings', 'messages', 'Completion', 'Embedding',
  'generate_content', 'generateContent', 'send_message', 'sendMessage',
  'converse', 'Converse', 'invoke_model', 'InvokeModel',
  'generateText', 'streamText', 'generateObject', 'streamObject', 'embed',
  'litellm', 'langchain', 'chat_model', 'ChatModel', 'ChatOpenAI', 'ChatAnthropic', 'ChatDeepSeek', 'ChatGoogle',
  'ChatVertex', 'ChatBedrock', 'BedrockChat', 'ChatLiteLLM', 'ChatCompletionsClient',
  // SDK packages and hosts (clients created in the file, raw HTTP calls)
  'openai', 'OpenAI', 'anthropic', 'Anthropic', 'deepseek', 'DeepSeek', 'siliconflow', 'modelarts', 'bedrock', 'Bedrock',
  'googleapis', 'genai', 'azure.com',
];

const PATTERN = new RegExp(PREFILTER_LITERALS.map(escape).join('|'));

/** Whether a text contains at least one trigger literal. */
export function mayContainCalls(text: string): boolean {
  return PATTERN.test(text);
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
