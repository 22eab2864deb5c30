import { strict as assert } from 'node:assert';
import { detectInText } from '../../../../src/core/detect/detect';
import { only, parsers } from './detectHelper';

/** Hand-written snippets: often no imports, sometimes not even the client's construction. */
const SNIPPETS: ReadonlyArray<readonly [string, string, string, string | null, string]> = [
  // [name, code, family, model, provider]
  ['OpenAI chat', "const r = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hello!' }] });", 'openai-chat', 'gpt-4o', 'openai'],
  ['DeepSeek via the OpenAI SDK', "const client = new OpenAI({ baseURL: 'https://api.deepseek.com', apiKey: process.env.DEEPSEEK_API_KEY });\nconst r = await client.chat.completions.create({ model: 'deepseek-chat', messages });", 'openai-chat', 'deepseek-chat', 'deepseek'],
  ['Responses', "const response = await client.responses.create({ model: 'gpt-4.1', input: 'Tell me a story.' });", 'openai-responses', 'gpt-4.1', 'openai'],
  ['Embeddings', "const e = await openai.embeddings.create({ model: 'text-embedding-3-small', input: 'The food was delicious' });", 'openai-embeddings', 'text-embedding-3-small', 'openai'],
  ['Legacy completions', "const c = await openai.completions.create({ model: 'gpt-3.5-turbo-instruct', prompt: 'Say this is a test' });", 'openai-completions', 'gpt-3.5-turbo-instruct', 'openai'],
  ['Anthropic', "const msg = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hello, Claude' }] });", 'anthropic-messages', 'claude-sonnet-4-5', 'anthropic'],
  ['Anthropic stream', "const stream = client.messages.stream({ model, max_tokens: 1024, messages });", 'anthropic-messages', null, 'anthropic'],
  ['Azure', "const client = new AzureOpenAI({ endpoint, apiKey, deployment: 'gpt-4o', apiVersion: '2024-10-21' });\nconst r = await client.chat.completions.create({ messages, model: '' });", 'openai-chat', 'gpt-4o', 'azure-foundry'],
  ['Gemini (new SDK)', "const response = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Explain how AI works' });", 'google-genai', 'gemini-2.5-flash', 'google'],
  ['Gemini (legacy SDK)', "const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });\nconst result = await model.generateContent('Write a story');", 'google-genai', 'gemini-1.5-flash', 'google'],
  ['Gemini, model from elsewhere', "const result = await model.generateContent('Explain how AI works');", 'google-genai', null, 'google'],
  ['Bedrock Converse', "const response = await client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', messages }));", 'bedrock-converse', 'anthropic.claude-3-haiku-20240307-v1:0', 'aws-bedrock'],
  ['Bedrock InvokeModel', "const r = await client.send(new InvokeModelCommand({ modelId: 'amazon.titan-text-express-v1', body: JSON.stringify({ inputText: 'Hi', textGenerationConfig: { maxTokenCount: 512 } }) }));", 'bedrock-invoke', 'amazon.titan-text-express-v1', 'aws-bedrock'],
  ['LangChain', "const llm = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0 });\nconst res = await llm.invoke('Hi');", 'langchain', 'gpt-4o-mini', 'openai'],
  ['LangChain DeepSeek', "const llm = new ChatDeepSeek({ model: 'deepseek-reasoner' });\nawait llm.invoke([['human', 'Hi']]);", 'langchain', 'deepseek-reasoner', 'deepseek'],
  ['Vercel AI SDK', "const { text } = await generateText({ model: deepseek('deepseek-chat'), prompt: 'Write a vegetarian lasagna recipe.' });", 'vercel-ai', 'deepseek-chat', 'deepseek'],
  ['Vercel gateway string', "const result = streamText({ model: 'openai/gpt-4o', prompt: 'Hi' });", 'vercel-ai', 'openai/gpt-4o', 'openai'],
  ['raw fetch', "const res = await fetch('https://api.siliconflow.com/v1/chat/completions', { method: 'POST', body: JSON.stringify({ model: 'Qwen/Qwen3-8B', messages }) });", 'raw-http', 'Qwen/Qwen3-8B', 'siliconflow-com'],
  ['raw axios Huawei', "const { data } = await axios.post('https://api.modelarts-maas.com/v1/chat/completions', { model: 'DeepSeek-V3', messages });", 'raw-http', 'DeepSeek-V3', 'huawei-maas'],
];

describe('TS/JS detector: hand-written snippets', () => {
  for (const [name, code, family, model, provider] of SNIPPETS) {
    it(name, async () => {
      const call = await only(code, 'snippet.js');
      assert.deepEqual([call.family, call.model, call.provider], [family, model, provider]);
    });
  }
});

describe('TS/JS detector: notebook cells', () => {
  it('reports the cell index and the line within the cell (Deno notebooks)', async () => {
    const calls = await detectInText(parsers, 'typescript', 'nb.ipynb', "import OpenAI from 'npm:openai';\nconst c = new OpenAI();\nawait c.chat.completions.create({ model: 'gpt-4o', messages: [] });", 3);
    assert.deepEqual(calls.map((c) => [c.cell, c.line, c.column, c.file]), [[3, 3, 26, 'nb.ipynb']]);
  });
});
