import { strict as assert } from 'node:assert';
import { brief, detect, only } from './detectHelper';

describe('TS/JS detector: Google, Bedrock, Azure AI Inference', () => {
  it('Gemini embeddings: ai.models.embedContent and a model\'s embedContent / batchEmbedContents', async () => {
    const calls = await detect(`
import { GoogleGenAI } from '@google/genai';
import { GoogleGenerativeAI } from '@google/generative-ai';
const ai = new GoogleGenAI({ vertexai: true, project: 'p', location: 'us-central1' });
const em = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!).getGenerativeModel({ model: 'text-embedding-004' });
export async function vectors(q: string, docs: string[]) {
  const a = await ai.models.embedContent({ model: 'gemini-embedding-001', contents: q });
  const b = await em.embedContent(q);
  const c = await em.batchEmbedContents({ requests: docs.map((d) => ({ content: { role: 'user', parts: [{ text: d }] } })) });
  return [a, b, c];
}`);
    assert.deepEqual(calls.map(brief), [
      { line: 7, family: 'google-genai', model: 'gemini-embedding-001', provider: 'google' },
      { line: 8, family: 'google-genai', model: 'text-embedding-004', provider: 'google' },
      { line: 9, family: 'google-genai', model: 'text-embedding-004', provider: 'google' },
    ]);
    assert.deepEqual(calls.map((c) => c.stream), [false, false, false]);
  });

  it('Gemini: getGenerativeModel from Vertex AI and Firebase, generateContentStream', async () => {
    const calls = await detect(`
import { VertexAI } from '@google-cloud/vertexai';
import { getAI, getGenerativeModel, GoogleAIBackend } from 'firebase/ai';
const vertex = new VertexAI({ project: 'p', location: 'us-central1' });
const gm = vertex.getGenerativeModel({ model: 'gemini-1.5-pro', generationConfig: { maxOutputTokens: 256 } });
const fm = getGenerativeModel(getAI(app, { backend: new GoogleAIBackend() }), { model: 'gemini-2.5-flash' });
export async function run(q: string) {
  const a = await gm.generateContentStream({ contents: [{ role: 'user', parts: [{ text: q }] }] });
  const b = await fm.generateContent('Write a poem.');
  return [a, b];
}`);
    assert.deepEqual(calls.map(brief), [
      { line: 8, family: 'google-genai', model: 'gemini-1.5-pro', provider: 'google' },
      { line: 9, family: 'google-genai', model: 'gemini-2.5-flash', provider: 'google' },
    ]);
    assert.deepEqual([calls[0].stream, calls[0].maxTokens], [true, 256]);
    assert.deepEqual([calls[1].prompt.knowledge, calls[1].prompt.text], ['known', 'Write a poem.']);
  });

  it('Gemini: a class method named generateContent is a wrapper, the inner call counts', async () => {
    const calls = await detect(`
import { GoogleGenAI } from '@google/genai';
export class GeminiService {
  private ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
  async generateContent(prompt: string) {
    const res = await this.ai.models.generateContent({ model: 'gemini-2.0-flash', contents: prompt });
    return res.text;
  }
  async summary(text: string) {
    return this.generateContent('Summarise: ' + text);
  }
}
const svc = new GeminiService();
await svc.generateContent('hello');
`);
    assert.deepEqual(calls.map((c) => c.line), [6]);
  });

  it('Gemini: a model imported from the app counts, an imported service wrapper does not', async () => {
    const calls = await detect(`
import { model as gemini } from '@/lib/gemini';
import { geminiService } from './services/gemini';
import { aiClient } from './ai';
await gemini.generateContentStream(prompt);
await geminiService.generateContent('x');
await aiClient.generateContent('x');
`);
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.stream]), [[5, null, true]]);
  });

  it('Bedrock: namespaced and aliased commands, aggregated client, stream variants', async () => {
    const calls = await detect(`
import * as bedrock from '@aws-sdk/client-bedrock-runtime';
import { InvokeModelWithResponseStreamCommand as StreamInvoke, BedrockRuntime } from '@aws-sdk/client-bedrock-runtime';
const client = new bedrock.BedrockRuntimeClient({ region: 'us-west-2' });
await client.send(new bedrock.ConverseCommand({ modelId: 'amazon.nova-lite-v1:0', messages: [{ role: 'user', content: [{ text: 'Hi' }] }] }));
await client.send(new StreamInvoke({ modelId: 'meta.llama3-70b-instruct-v1:0', body: JSON.stringify({ prompt: 'Hi', max_gen_len: 128 }) }));
const agg = new BedrockRuntime({ region: 'eu-west-1' });
await agg.converse({ modelId: 'mistral.mistral-large-2402-v1:0', messages: [], inferenceConfig: { maxTokens: 99 } });
await agg.converseStream({ modelId: 'cohere.command-r-v1:0', messages: [] });
`);
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.model, c.stream]), [
      [5, 'bedrock-converse', 'amazon.nova-lite-v1:0', false],
      [6, 'bedrock-invoke', 'meta.llama3-70b-instruct-v1:0', true],
      [8, 'bedrock-converse', 'mistral.mistral-large-2402-v1:0', false],
      [9, 'bedrock-converse', 'cohere.command-r-v1:0', true],
    ]);
    assert.deepEqual([calls[0].callee, calls[0].prompt.text, calls[1].maxTokens, calls[2].maxTokens], ['bedrock.ConverseCommand', 'Hi', 128, 99]);
    assert.ok(calls.every((c) => c.provider === 'aws-bedrock'));
    assert.deepEqual(calls.map((c) => c.providerEvidence), ['Bedrock ConverseCommand', 'Bedrock InvokeModelWithResponseStreamCommand', 'Bedrock runtime client', 'Bedrock runtime client']);
  });

  it('Bedrock: a converse() of an unrelated object is not a call; a command class declared locally neither', async () => {
    const calls = await detect(`
class ConverseCommand { constructor(readonly input: unknown) {} }
const chatbot = { converse: (x: string) => x };
chatbot.converse('hello');
new ConverseCommand({ modelId: 'x' });
`);
    assert.deepEqual(calls, []);
  });

  it('Azure AI Inference REST client (GitHub Models and Azure endpoints)', async () => {
    const calls = await detect(`
import ModelClient, { isUnexpected } from '@azure-rest/ai-inference';
import { AzureKeyCredential } from '@azure/core-auth';
const client = ModelClient('https://my-project.services.ai.azure.com/models', new AzureKeyCredential(process.env.AZURE_INFERENCE_KEY!));
const response = await client.path('/chat/completions').post({
  body: { model: 'DeepSeek-R1', messages: [{ role: 'user', content: 'How many languages are in the world?' }], max_tokens: 2048 },
});
const emb = await client.path('/embeddings').post({ body: { model: 'text-embedding-3-small', input: ['a'] } });
const bare = await client.path("chat/completions").post({ body: { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] } });
const bareEmb = await client.path('embeddings/').post({ body: { model: 'text-embedding-3-small', input: ['a'] } });
`);
    assert.deepEqual(calls.map(brief), [
      { line: 5, family: 'openai-chat', model: 'DeepSeek-R1', provider: 'azure-foundry' },
      { line: 8, family: 'openai-embeddings', model: 'text-embedding-3-small', provider: 'azure-foundry' },
      // Routes without the leading slash (the Azure AI Foundry samples write them so).
      { line: 9, family: 'openai-chat', model: 'gpt-4.1', provider: 'azure-foundry' },
      { line: 10, family: 'openai-embeddings', model: 'text-embedding-3-small', provider: 'azure-foundry' },
    ]);
    assert.equal(calls[0].maxTokens, 2048);
  });
});

describe('TS/JS detector: Vercel AI SDK', () => {
  it('models looked up in the file\'s provider registry and custom provider', async () => {
    const calls = await detect(`import { createProviderRegistry, customProvider, generateText, streamText } from 'ai';
import { deepseek } from '@ai-sdk/deepseek';
import { anthropic } from '@ai-sdk/anthropic';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
export const registry = createProviderRegistry({
  deepseek,
  sf: createOpenAICompatible({ name: 'siliconflow', baseURL: 'https://api.siliconflow.cn/v1' }),
});
const models = customProvider({ languageModels: { fast: anthropic('claude-3-5-haiku-latest') } });
export const a = () => generateText({ model: registry.languageModel('deepseek:deepseek-chat'), prompt: 'hi' });
export const b = () => streamText({ model: registry.languageModel('sf:Qwen/Qwen3-32B'), prompt: 'hi' });
export const c = () => generateText({ model: models.languageModel('fast'), prompt: 'hi' });
`);
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider, c.stream]), [
      [10, 'deepseek-chat', 'deepseek', false],
      [11, 'Qwen/Qwen3-32B', 'siliconflow-cn', true],
      [12, 'claude-3-5-haiku-latest', 'anthropic', false],
    ]);
  });

  it('provider packages, factories, .chat()/.responses(), aliases and namespace imports', async () => {
    const calls = await detect(`
import { generateText as gen, streamObject } from 'ai';
import * as ai from 'ai';
import { openai } from '@ai-sdk/openai';
import { azure } from '@ai-sdk/azure';
import { bedrock } from '@ai-sdk/amazon-bedrock';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { createDeepSeek } from '@ai-sdk/deepseek';
const maas = createOpenAICompatible({ name: 'maas', baseURL: 'https://api.modelarts-maas.com/v1' });
const ds = createDeepSeek({ apiKey: process.env.DEEPSEEK_API_KEY });
await gen({ model: openai.chat('gpt-4o'), prompt: 'Hi' });
await gen({ model: azure('my-deployment'), prompt: 'Hi' });
await ai.generateText({ model: bedrock('anthropic.claude-3-haiku-20240307-v1:0'), prompt: 'Hi', maxOutputTokens: 50 });
streamObject({ model: maas('DeepSeek-V3'), schema, prompt: 'Hi' });
await gen({ model: ds('deepseek-reasoner'), prompt: 'Hi' });
`);
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider]), [
      [11, 'gpt-4o', 'openai'],
      [12, 'my-deployment', 'azure-foundry'],
      [13, 'anthropic.claude-3-haiku-20240307-v1:0', 'aws-bedrock'],
      [14, 'DeepSeek-V3', 'huawei-maas'],
      [15, 'deepseek-reasoner', 'deepseek'],
    ]);
    assert.deepEqual([calls[2].maxTokens, calls[3].stream, calls[0].stream], [50, true, false]);
  });

  it('an inline provider factory: createOpenAI({ baseURL })(model)', async () => {
    const call = await only(`
import { generateText } from 'ai';
import { createOpenAI } from '@ai-sdk/openai';
await generateText({ model: createOpenAI({ baseURL: 'https://api.modelarts-maas.com/v1' })('DeepSeek-R1'), prompt: 'Hi' });
`);
    assert.deepEqual([call.model, call.provider, call.baseUrl], ['DeepSeek-R1', 'huawei-maas', 'https://api.modelarts-maas.com/v1']);
  });

  it('wrapLanguageModel, a model parameter with one provider import, and the thinking budget', async () => {
    const calls = await detect(`
import { generateText, wrapLanguageModel, extractReasoningMiddleware } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
const model = wrapLanguageModel({ model: anthropic('claude-sonnet-4-5'), middleware: extractReasoningMiddleware({ tagName: 'think' }) });
export const a = () => generateText({ model, prompt: 'x', providerOptions: { anthropic: { thinking: { type: 'enabled', budgetTokens: 12000 } } } });
export const b = (m: LanguageModel) => generateText({ model: m, prompt: 'y' });
`);
    assert.deepEqual(calls.map((c) => [c.model, c.provider, c.reasoningEffort]), [
      ['claude-sonnet-4-5', 'anthropic', 'budget:12000'],
      [null, 'anthropic', null],
    ]);
  });

  it('a local generateText or one imported from the app is a wrapper; a snippet without imports still counts', async () => {
    assert.deepEqual(await detect(`
import { generateText } from '@/lib/llm';
export async function streamText(prompt: string) { return generateText(prompt); }
await streamText('hi');
await generateText('hi');
`), []);
    const snippet = await only(`const { text } = await generateText({ model: openai('gpt-4o-mini'), prompt: 'Hello' });`);
    assert.deepEqual([snippet.family, snippet.model], ['vercel-ai', 'gpt-4o-mini']);
  });
});

describe('TS/JS detector: LangChain.js', () => {
  it('ChatOpenAI over SiliconFlow, this.llm in a class, RunnableSequence, batch', async () => {
    const calls = await detect(`
import { ChatOpenAI } from '@langchain/openai';
import { RunnableSequence } from '@langchain/core/runnables';
export class Agent {
  private llm = new ChatOpenAI({ modelName: 'Qwen/Qwen2.5-7B-Instruct', configuration: { baseURL: 'https://api.siliconflow.cn/v1' } });
  private chain = RunnableSequence.from([prompt, this.llm, parser]);
  ask(q: string) { return this.llm.invoke(q); }
  many(qs: string[]) { return this.chain.batch(qs.map((question) => ({ question }))); }
}`);
    assert.deepEqual(calls.map((c) => [c.line, c.callee, c.model, c.provider]), [
      [7, 'this.llm.invoke', 'Qwen/Qwen2.5-7B-Instruct', 'siliconflow-cn'],
      [8, 'this.chain.batch', 'Qwen/Qwen2.5-7B-Instruct', 'siliconflow-cn'],
    ]);
  });

  it('ChatDeepSeek, AzureChatOpenAI, ChatBedrockConverse, initChatModel, and uninvoked models', async () => {
    const calls = await detect(`
import { ChatDeepSeek } from '@langchain/deepseek';
import { AzureChatOpenAI } from '@langchain/openai';
import { ChatBedrockConverse } from '@langchain/aws';
import { initChatModel } from 'langchain/chat_models/universal';
const ds = new ChatDeepSeek({ model: 'deepseek-reasoner' });
export const azure = new AzureChatOpenAI({ azureOpenAIApiDeploymentName: 'gpt-4o-prod', azureOpenAIApiVersion: '2024-10-21' });
export const br = new ChatBedrockConverse({ model: 'anthropic.claude-3-5-sonnet-20240620-v1:0', region: 'us-east-1' });
const universal = await initChatModel('deepseek-chat', { modelProvider: 'deepseek', temperature: 0 });
await ds.invoke('Hello');
await universal.stream([['system', 'Be brief'], ['human', 'Hi']]);
`);
    assert.deepEqual(calls.map((c) => [c.line, c.callee, c.model, c.provider]), [
      [7, 'AzureChatOpenAI', 'gpt-4o-prod', 'azure-foundry'],
      [8, 'ChatBedrockConverse', 'anthropic.claude-3-5-sonnet-20240620-v1:0', 'aws-bedrock'],
      [10, 'ds.invoke', 'deepseek-reasoner', 'deepseek'],
      [11, 'universal.stream', 'deepseek-chat', 'deepseek'],
    ]);
    assert.deepEqual([calls[3].prompt.knowledge, calls[3].prompt.text, calls[3].stream], ['known', 'Be brief\nHi', true]);
  });

  it('an agent built with the model counts its invocations; OpenAI from @langchain/openai is an LLM, not the SDK', async () => {
    const calls = await detect(`
import { OpenAI } from '@langchain/openai';
import { ChatAnthropic } from '@langchain/anthropic';
import { createReactAgent } from '@langchain/langgraph/prebuilt';
const llm = new OpenAI({ model: 'gpt-3.5-turbo-instruct' });
const agent = createReactAgent({ llm: new ChatAnthropic({ model: 'claude-3-7-sonnet-latest' }), tools: [] });
await llm.invoke('Tell me a joke');
await agent.invoke({ messages: [{ role: 'user', content: 'what is the weather in sf' }] });
`);
    assert.deepEqual(calls.map(brief), [
      { line: 7, family: 'langchain', model: 'gpt-3.5-turbo-instruct', provider: 'openai' },
      { line: 8, family: 'langchain', model: 'claude-3-7-sonnet-latest', provider: 'anthropic' },
    ]);
  });

  it('invoke on unrelated objects (Tauri, Electron IPC) is not LangChain', async () => {
    assert.deepEqual(await detect(`
import { invoke } from '@tauri-apps/api/core';
import { ipcRenderer } from 'electron';
await invoke('greet', { name: 'x' });
await ipcRenderer.invoke('chat', { model: 'gpt-4o' });
const stream = fs.createReadStream('x').stream();
`), []);
  });
});

describe('TS/JS detector: raw HTTP', () => {
  it('template URLs from constants, axios instances, got/ky/axios config forms, fetchEventSource', async () => {
    const calls = await detect(`
import axios from 'axios';
import got from 'got';
import { fetchEventSource } from '@microsoft/fetch-event-source';
const BASE = 'https://api.siliconflow.cn/v1';
const api = axios.create({ baseURL: 'https://api.deepseek.com', headers: { Authorization: 'Bearer x' } });
await fetch(\`\${BASE}/chat/completions\`, { method: 'POST', body: JSON.stringify({ model: 'Qwen/QwQ-32B', messages: [], stream: true }) });
await api.post('/chat/completions', { model: 'deepseek-chat', messages: [{ role: 'user', content: 'Hi' }] });
await axios({ method: 'post', url: 'https://api.openai.com/v1/responses', data: { model: 'gpt-5', input: 'Hi' } });
await got.post('https://api.anthropic.com/v1/messages', { json: { model: 'claude-3-opus-20240229', max_tokens: 5, messages: [] } });
await fetchEventSource('https://api.deepseek.com/chat/completions', { method: 'POST', body: JSON.stringify({ model: 'deepseek-chat' }) });
`);
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider, c.stream]), [
      [7, 'Qwen/QwQ-32B', 'siliconflow-cn', true],
      [8, 'deepseek-chat', 'deepseek', false],
      [9, 'gpt-5', 'openai', false],
      [10, 'claude-3-opus-20240229', 'anthropic', false],
      [11, 'deepseek-chat', 'deepseek', true],
    ]);
    assert.equal(calls[1].prompt.text, 'Hi');
  });

  it('ky and got instances: options bodies, and the prefix joined with one slash', async () => {
    const calls = await detect(`
import ky from 'ky';
import got from 'got';
const sf = ky.create({ prefixUrl: 'https://api.siliconflow.cn/v1', headers: { Authorization: 'Bearer x' } });
const ds = got.extend({ prefixUrl: 'https://api.deepseek.com/' });
export const a = () => sf.post('chat/completions', { json: { model: 'Qwen/Qwen3-14B', messages: [] } }).json();
export const b = () => ds.post('/chat/completions', { json: { model: 'deepseek-chat', messages: [] } }).json();
`);
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider, c.baseUrl]), [
      [6, 'Qwen/Qwen3-14B', 'siliconflow-cn', 'https://api.siliconflow.cn/v1/chat/completions'],
      [7, 'deepseek-chat', 'deepseek', 'https://api.deepseek.com/chat/completions'],
    ]);
  });

  it('an unstated host with an unmistakable route, Azure deployment and Bedrock URLs', async () => {
    const calls = await detect(`
async function call(baseUrl: string) {
  return fetch(\`\${baseUrl}/v1/chat/completions\`, { headers: { Authorization: \`Bearer \${process.env.DEEPSEEK_API_KEY}\` }, body: '{}' });
}
await fetch('https://contoso.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21', { method: 'POST' });
await fetch(\`https://bedrock-runtime.us-east-1.amazonaws.com/model/\${encodeURIComponent(id)}/converse\`, { method: 'POST' });
`);
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider]), [
      [3, null, 'deepseek'],
      [5, 'gpt4o-prod', 'azure-foundry'],
      [6, null, 'aws-bedrock'],
    ]);
  });

  it('own backend routes, Express route definitions, model listing and non-LLM posts are not calls', async () => {
    assert.deepEqual(await detect(`
import express from 'express';
const app = express();
app.post('/v1/chat/completions', (req, res) => res.json({}));
await fetch('/api/chat/completions', { method: 'POST' });
await fetch('https://api.openai.com/v1/models');
await fetch('https://api.example.com/users', { method: 'POST', body: JSON.stringify({ model: 'x' }) });
await axios.post('https://hooks.slack.com/services/x', { text: 'hi' });
`), []);
  });

  it('request mocks and route declarations with LLM URLs are not calls; an Angular HttpClient post is', async () => {
    const calls = await detect(`
import { http, HttpResponse } from 'msw';
import fetchMock from 'fetch-mock';
export const handlers = [http.post('https://api.openai.com/v1/chat/completions', () => HttpResponse.json({ choices: [] }))];
fetchMock.post('https://api.deepseek.com/chat/completions', { choices: [] });
router.post('https://api.openai.com/v1/chat/completions', async (ctx) => { ctx.body = {}; });
@Injectable({ providedIn: 'root' })
export class ChatApi {
  constructor(private http: HttpClient) {}
  ask(q: string) {
    return this.http.post<Reply>('https://api.deepseek.com/chat/completions', { model: 'deepseek-chat', messages: [{ role: 'user', content: q }] });
  }
}`);
    assert.deepEqual(calls.map((c) => [c.line, c.callee, c.model]), [[11, 'this.http.post', 'deepseek-chat']]);
  });

  it('HTTP clients imported under other names', async () => {
    const calls = await detect(`
import fetchUrl from 'node-fetch';
import Axios from 'axios';
await fetchUrl('https://api.deepseek.com/chat/completions', { method: 'POST', body: JSON.stringify({ model: 'deepseek-chat' }) });
await Axios.post('https://api.anthropic.com/v1/messages', { model: 'claude-3-haiku-20240307', max_tokens: 3 });
`);
    assert.deepEqual(calls.map((c) => [c.callee, c.provider]), [['fetchUrl', 'deepseek'], ['Axios.post', 'anthropic']]);
  });

  it('a local function named fetch is the app’s own, not the HTTP client', async () => {
    assert.deepEqual(await detect(`
function fetch(url: string, init: object) { return cache.get(url) ?? init; }
await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify({ model: 'gpt-4o' }) });
`), []);
  });

  it('JSX components calling fetch', async () => {
    const call = await only(`
export default function Chat() {
  async function send(text) {
    const res = await fetch('https://api.openai.com/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] }),
    });
  }
  return <button onClick={() => send('fetch("https://api.openai.com/v1/chat/completions")')}>Send</button>;
}`, 'Chat.jsx');
    assert.deepEqual([call.line, call.language, call.model], [4, 'javascriptreact', 'gpt-4o-mini']);
  });
});
