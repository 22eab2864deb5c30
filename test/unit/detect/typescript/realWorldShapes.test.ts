import { strict as assert } from 'node:assert';
import { detect, only } from './detectHelper';

/** Shapes seen in public repositories that the simpler rules got wrong at first. */
describe('TS/JS detector: shapes from public code', () => {
  it('Deno and CDN specifiers name the same SDKs', async () => {
    const calls = await detect(`
import OpenAI from 'npm:openai@4.52.0';
import Anthropic from 'https://esm.sh/@anthropic-ai/sdk@0.24.0';
const a = new OpenAI({ baseURL: 'https://api.deepseek.com' });
const b = new Anthropic();
await a.responses.create({ input: 'hi' });
await b.messages.create({ max_tokens: 5, messages: [] });
`);
    assert.deepEqual(calls.map((c) => [c.family, c.provider]), [['openai-responses', 'deepseek'], ['anthropic-messages', 'anthropic']]);
  });

  it('openai-edge (the 2023 Vercel examples) and Anthropic’s legacy completions', async () => {
    const calls = await detect(`
import { Configuration, OpenAIApi } from 'openai-edge';
import Anthropic from '@anthropic-ai/sdk';
const openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));
const anthropic = new Anthropic();
export async function POST(req: Request) {
  const { messages } = await req.json();
  const response = await openai.createChatCompletion({ model: 'gpt-3.5-turbo', stream: true, messages });
  const legacy = await anthropic.completions.create({ model: 'claude-2.1', max_tokens_to_sample: 300, prompt: 'Human: hi\\n\\nAssistant:' });
  return [response, legacy];
}`);
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.model, c.stream]), [
      [8, 'openai-chat', 'gpt-3.5-turbo', true],
      [9, 'anthropic-messages', 'claude-2.1', false],
    ]);
    assert.equal(calls[1].maxTokens, 300);
  });

  it('a hand-written openai.chat.completions.create object is a wrapper; its fetch is the call', async () => {
    const calls = await detect(`
export const openai = {
  chat: { completions: { async create(opts: any) {
    const res = await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify(opts) });
    return res.json();
  } } },
};
export const ask = (q: string) => openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: q }] });
`);
    assert.deepEqual(calls.map((c) => [c.line, c.family]), [[4, 'raw-http']]);
  });

  it('a subclass of the SDK client is still the SDK client', async () => {
    const calls = await detect(`
import OpenAI from 'openai';
class DeepSeek extends OpenAI {
  ask(q: string) { return this.chat.completions.create({ model: 'deepseek-chat', messages: [] }); }
}
const ds = new DeepSeek({ baseURL: 'https://api.deepseek.com' });
await ds.chat.completions.create({ model: 'deepseek-reasoner', messages: [] });
`);
    assert.deepEqual(calls.map((c) => [c.line, c.provider]), [[4, 'deepseek'], [7, 'deepseek']]);
    assert.equal(calls[1].providerEvidence, 'baseURL https://api.deepseek.com');
  });

  it('a relative URL counts only as a proxy of an LLM route with an LLM body', async () => {
    const calls = await detect(`
await fetch('/openai/v1/chat/completions', { method: 'POST', body: JSON.stringify({ model: 'gpt-3.5-turbo', messages: [] }) });
await fetch('/api/chat/completions', { method: 'POST', body: JSON.stringify({ text: 'hi' }) });
await fetch('/api/chat', { method: 'POST', body: JSON.stringify({ model: 'gpt-4o', messages: [] }) });
`, 'client.js');
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider]), [[2, 'gpt-3.5-turbo', 'custom']]);
  });

  it('Gemini chats returned by a local function, and chat sessions kept in a map', async () => {
    const calls = await detect(`
const { GoogleGenerativeAI } = require('@google/generative-ai');
const TelegramBot = require('node-telegram-bot-api');
const bot = new TelegramBot(process.env.TOKEN, { polling: true });
const model = new GoogleGenerativeAI(process.env.GEMINI_API_KEY).getGenerativeModel({ model: 'gemini-1.5-flash' });
const startChat = () => model.startChat({ history: [] });
const sessions = {};
bot.on('message', async (msg) => {
  sessions[msg.chat.id] ??= startChat();
  const chat = sessions[msg.chat.id];
  const result = await chat.sendMessage(msg.text);
  await bot.sendMessage(msg.chat.id, result.response.text());
  const fresh = startChat();
  await fresh.sendMessageStream('hi');
});`, 'bot.js');
    assert.deepEqual(calls.map((c) => [c.line, c.callee, c.model]), [
      // The session map hides which chat it is, but the file has only one Gemini model.
      [11, 'chat.sendMessage', 'gemini-1.5-flash'],
      [14, 'fresh.sendMessageStream', 'gemini-1.5-flash'],
    ]);
  });

  it('AI SDK snippets without imports still name their provider', async () => {
    const call = await only(`const { text } = await generateText({ model: anthropic('claude-3-5-haiku-latest'), prompt: 'Hi' });`);
    assert.deepEqual([call.model, call.provider, call.providerEvidence], ['claude-3-5-haiku-latest', 'anthropic', 'anthropic() provider']);
  });

  it('Bedrock wrappers: invokeModel on the app’s own class is not a call, its InvokeModelCommand is', async () => {
    const calls = await detect(`
import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
export class BedrockClient {
  private client = new BedrockRuntimeClient({ region: 'us-east-1' });
  async invokeModel(body: object) {
    return this.client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify(body) }));
  }
}
class Claude extends BedrockClient {
  override async invokeModel(input: object) { return super.invokeModel({ anthropic_version: 'bedrock-2023-05-31', ...input }); }
}
const bedrockClient = new BedrockClient();
await bedrockClient.invokeModel({ messages: [] });
`);
    assert.deepEqual(calls.map((c) => [c.line, c.callee]), [[6, 'InvokeModelCommand']]);
  });

  it('a call of the file\'s own fetch wrapper with an LLM URL is the call; the fetch inside it is not', async () => {
    const calls = await detect(`
async function fetchWithTimeout(url: string, options: RequestInit, timeoutMs = 8000): Promise<Response> {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), timeoutMs);
  return await fetch(url, { ...options, signal: controller.signal });
}
const postJson = (endpoint, init) => fetch(endpoint, init);
export async function ask(messages) {
  const res = await fetchWithTimeout('https://api.siliconflow.com/v1/chat/completions', {
    method: 'POST',
    body: JSON.stringify({ model: 'deepseek-ai/DeepSeek-V3', messages, stream: true }),
  });
  await postJson('https://api.deepseek.com/chat/completions', { method: 'POST', body: JSON.stringify({ model: 'deepseek-chat', messages }) });
  await fetchWithTimeout('/api/chat', { method: 'POST', body: JSON.stringify({ messages }) });
  return res.json();
}
`);
    assert.deepEqual(
      calls.map((c) => [c.line, c.callee, c.family, c.model, c.provider, c.stream]),
      [
        [9, 'fetchWithTimeout', 'raw-http', 'deepseek-ai/DeepSeek-V3', 'siliconflow-com', true],
        [13, 'postJson', 'raw-http', 'deepseek-chat', 'deepseek', false],
      ],
    );
  });
});
