import { strict as assert } from 'node:assert';
import { brief, detect, only } from './detectHelper';
import { mayContainCalls } from '../../../../src/core/detect/prefilter';

/** Where real code keeps its clients, and how the call site reaches them. */
describe('TS/JS detector: client resolution', () => {
  it('module-scope client with a model constant', async () => {
    const call = await only(`
import OpenAI from 'openai';
const openai = new OpenAI();
const MODEL = 'gpt-4o-mini';
export const ask = (q: string) => openai.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: q }] });
`);
    assert.deepEqual(brief(call), { line: 5, family: 'openai-chat', model: 'gpt-4o-mini', provider: 'openai' });
    assert.equal(call.providerEvidence, 'OpenAI client');
  });

  it('client in a class field, used through this', async () => {
    const call = await only(`
import OpenAI from 'openai';
export class Bot {
  private client = new OpenAI({ baseURL: 'https://api.deepseek.com/v1', apiKey: process.env.KEY });
  reply(q: string) {
    return this.client.chat.completions.create({ model: 'deepseek-chat', messages: [{ role: 'user', content: q }] });
  }
}`);
    assert.deepEqual(brief(call), { line: 6, family: 'openai-chat', model: 'deepseek-chat', provider: 'deepseek' });
  });

  it('client injected through the constructor with a fallback', async () => {
    const call = await only(`
import OpenAI from 'openai';
export class Summarizer {
  private readonly client: OpenAI;
  constructor(client?: OpenAI) {
    this.client = client ?? new OpenAI({ baseURL: 'https://api.siliconflow.com/v1' });
  }
  run(text: string) {
    return this.client.chat.completions.create({ model: 'Qwen/Qwen3-8B', messages: [{ role: 'user', content: text }] });
  }
}`);
    assert.equal(call.provider, 'siliconflow-com');
  });

  it('client known only from a parameter type (NestJS style)', async () => {
    const call = await only(`
import { AzureOpenAI } from 'openai';
@Injectable()
export class ChatService {
  constructor(@Inject('LLM') private readonly llm: AzureOpenAI) {}
  ask(prompt: string) {
    return this.llm.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] });
  }
}`);
    assert.deepEqual([call.provider, call.providerEvidence], ['azure-foundry', 'AzureOpenAI client']);
  });

  it('client from a factory function and from a memoised getter', async () => {
    const calls = await detect(`
import OpenAI from 'openai';
function makeClient() {
  return new OpenAI({ baseURL: 'https://api.modelarts-maas.com/v1' });
}
let cached: OpenAI | null = null;
export function getClient(): OpenAI {
  if (!cached) cached = new OpenAI({ baseURL: 'https://api.deepseek.com' });
  return cached;
}
export async function a() {
  return makeClient().chat.completions.create({ model: 'DeepSeek-R1', messages: [] });
}
export async function b() {
  return (await getClient()).chat.completions.create({ model: 'deepseek-chat', messages: [] });
}
export const c = () => getClient().embeddings.create({ model: 'x', input: 'y' });
`);
    assert.deepEqual(calls.map((c) => c.provider), ['huawei-maas', 'deepseek', 'deepseek']);
    assert.deepEqual(calls.map((c) => c.family), ['openai-chat', 'openai-chat', 'openai-embeddings']);
  });

  it('CommonJS: default require, named require, require().default, namespace import', async () => {
    const js = await detect(`
const OpenAI = require('openai');
const { AzureOpenAI } = require('openai');
const Alt = require('openai').default;
const a = new OpenAI({ baseURL: 'https://api.deepseek.com' });
const b = new AzureOpenAI({ endpoint: process.env.AZURE_OPENAI_ENDPOINT });
const c = new Alt({ baseURL: 'https://api.siliconflow.cn/v1' });
a.chat.completions.create({ model: 'deepseek-chat', messages: [] });
b.chat.completions.create({ model: 'gpt-4o', messages: [] });
c.chat.completions.create({ model: 'Qwen/QwQ-32B', messages: [] });
`, 'legacy.cjs');
    assert.deepEqual(js.map((c) => c.provider), ['deepseek', 'azure-foundry', 'siliconflow-cn']);
    const ns = await only(`
import * as sdk from 'openai';
const client = new sdk.AzureOpenAI({ apiVersion: '2024-10-21' });
await client.responses.create({ model: 'o4-mini', input: 'hi' });
`);
    assert.equal(ns.provider, 'azure-foundry');
  });

  it('optional chaining, non-null, await, .then, .withResponse and a signal option', async () => {
    const calls = await detect(`
import OpenAI from 'openai';
const client: OpenAI | undefined = new OpenAI({ baseURL: 'https://api.deepseek.com' });
client?.chat.completions.create({ model: 'deepseek-chat', messages: [] }).then((r) => console.log(r));
await client!.chat.completions.create({ model: 'deepseek-chat', messages: [] }, { signal: AbortSignal.timeout(5000) });
const { data } = await client?.chat?.completions?.create({ model: 'deepseek-chat', messages: [] }).withResponse();
`);
    assert.deepEqual(calls.map((c) => [c.line, c.provider]), [[4, 'deepseek'], [5, 'deepseek'], [6, 'deepseek']]);
    assert.equal(calls[2].callee, 'client?.chat?.completions?.create');
  });

  it('aliases of a method path: const completions = openai.chat.completions', async () => {
    const call = await only(`
import OpenAI from 'openai';
const openai = new OpenAI({ baseURL: 'https://api.deepseek.com' });
const completions = openai.chat.completions;
export const go = () => completions.create({ model: 'deepseek-chat', messages: [] });
`);
    assert.deepEqual(brief(call), { line: 5, family: 'openai-chat', model: 'deepseek-chat', provider: 'deepseek' });
  });

  it('an imported client falls back to the one client the file constructs, else the model name', async () => {
    const sole = await only(`
import OpenAI from 'openai';
import { openai } from './lib/openai';
export const helper = new OpenAI({ baseURL: 'https://api.deepseek.com' });
await openai.chat.completions.create({ model: 'deepseek-chat', messages: [] });
`);
    assert.equal(sole.providerEvidence, 'baseURL https://api.deepseek.com');
    const byModel = await only(`
import { client } from '@/lib/llm';
await client.chat.completions.create({ model: 'deepseek-reasoner', messages: [] });
`);
    assert.deepEqual([byModel.provider, byModel.providerEvidence], ['deepseek', 'model deepseek-reasoner']);
    const unknown = await only(`
import { client } from '@/lib/llm';
await client.chat.completions.create({ model: 'gpt-4o', messages: [] });
`);
    assert.deepEqual([unknown.provider, unknown.providerEvidence], ['openai', 'family default']);
  });

  it('tracing wrappers (LangSmith wrapOpenAI, Langfuse observeOpenAI) keep the wrapped client', async () => {
    const calls = await detect(`
import OpenAI from 'openai';
import { wrapOpenAI } from 'langsmith/wrappers';
import { observeOpenAI } from 'langfuse';
const client = wrapOpenAI(new OpenAI({ baseURL: 'https://api.deepseek.com' }));
await client.chat.completions.create({ model: 'deepseek-chat', messages: [] });
const raw = new OpenAI({ baseURL: 'https://api.siliconflow.cn/v1' });
await observeOpenAI(raw, { generationName: 'g' }).chat.completions.create({ model: 'Qwen/Qwen3-8B', messages: [] });
`);
    assert.deepEqual(calls.map((c) => c.provider), ['deepseek', 'siliconflow-cn']);
  });

  it('Groq and other OpenAI-shaped SDKs keep the family but not the OpenAI host', async () => {
    const call = await only(`
import Groq from 'groq-sdk';
const groq = new Groq();
await groq.chat.completions.create({ model: 'llama-3.3-70b-versatile', messages: [] });
`);
    assert.deepEqual([call.family, call.provider, call.providerEvidence], ['openai-chat', 'custom', 'Groq client']);
  });

  it('beta paths: chat.completions.parse / stream and beta.messages', async () => {
    const calls = await detect(`
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
const openai = new OpenAI();
const anthropic = new Anthropic();
await openai.beta.chat.completions.parse({ model: 'gpt-4o-2024-08-06', messages: [], response_format: fmt });
const s = openai.chat.completions.stream({ model: 'gpt-4o', messages: [] });
await openai.chat.completions.runTools({ model: 'gpt-4o', messages: [], tools: [] });
await anthropic.beta.messages.create({ model: 'claude-opus-4-1', max_tokens: 10, messages: [], betas: ['x'] });
const r = openai.responses.stream({ model: 'gpt-5', input: 'hi' });
`);
    assert.deepEqual(calls.map((c) => [c.family, c.stream]), [
      ['openai-chat', false],
      ['openai-chat', true],
      ['openai-chat', false],
      ['anthropic-messages', false],
      ['openai-responses', true],
    ]);
  });

  it('@azure/openai OpenAIClient (getChatCompletions, streamChatCompletions)', async () => {
    const calls = await detect(`
const { OpenAIClient, AzureKeyCredential } = require('@azure/openai');
const client = new OpenAIClient('https://contoso.openai.azure.com/', new AzureKeyCredential(process.env.AZURE_OPENAI_KEY));
const deploymentId = 'gpt-35-turbo';
async function main() {
  const result = await client.getChatCompletions(deploymentId, [{ role: 'user', content: 'Hello' }], { maxTokens: 128 });
  const events = await client.streamChatCompletions(deploymentId, messages);
}`, 'azure.js');
    assert.deepEqual(calls.map(brief), [
      { line: 6, family: 'openai-chat', model: 'gpt-35-turbo', provider: 'azure-foundry' },
      { line: 7, family: 'openai-chat', model: 'gpt-35-turbo', provider: 'azure-foundry' },
    ]);
    assert.deepEqual([calls[0].maxTokens, calls[0].prompt.text, calls[1].stream], [128, 'Hello', true]);
  });
});

describe('TS/JS detector: constructor injection', () => {
  it('a class gets the client and model the file passes where it builds it (parameter properties and assigned fields)', async () => {
    const calls = await detect(`import OpenAI from 'openai';
export class TranslationService {
  constructor(private readonly client: OpenAI, private readonly model = 'gpt-4o') {}
  translate(text: string) {
    return this.client.chat.completions.create({ model: this.model, messages: [{ role: 'user', content: text }] });
  }
}
class Critic {
  private llm: OpenAI;
  constructor(llm: OpenAI) { this.llm = llm; }
  judge() { return this.llm.chat.completions.create({ model: 'Qwen/Qwen3-8B', messages: [] }); }
}
export const translator = new TranslationService(new OpenAI({ baseURL: 'https://api.deepseek.com' }), 'deepseek-chat');
export const critic = new Critic(new OpenAI({ baseURL: 'https://api.siliconflow.cn/v1' }));
`);
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider]), [[5, 'deepseek-chat', 'deepseek'], [11, 'Qwen/Qwen3-8B', 'siliconflow-cn']]);
  });

  it('only what every `new` passes: differing arguments leave the default and the type', async () => {
    const calls = await detect(`import OpenAI from 'openai';
class Svc {
  constructor(private readonly client: OpenAI, private readonly model = 'gpt-4o') {}
  run() { return this.client.chat.completions.create({ model: this.model, messages: [] }); }
}
export const a = new Svc(new OpenAI({ baseURL: 'https://api.deepseek.com' }), 'deepseek-chat');
export const b = new Svc(new OpenAI({ baseURL: 'https://api.siliconflow.cn/v1' }));
`);
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider]), [[4, 'gpt-4o', 'openai']]);
  });

  it('without an argument for it, a parameter keeps its default or its type', async () => {
    const calls = await detect(`import Anthropic from '@anthropic-ai/sdk';
class Drafts {
  constructor(private readonly claude: Anthropic, private readonly model = 'claude-3-5-haiku-latest') {}
  draft() { return this.claude.messages.create({ model: this.model, max_tokens: 100, messages: [] }); }
}
export const drafts = new Drafts(new Anthropic());
`);
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider]), [[4, 'claude-3-5-haiku-latest', 'anthropic']]);
  });

  it('in JavaScript, what the file passes wins over a parameter\'s default too', async () => {
    const calls = await detect(`import OpenAI from 'openai';
class Svc {
  constructor(client = new OpenAI(), model = 'gpt-4o') { this.client = client; this.model = model; }
  run() { return this.client.chat.completions.create({ model: this.model, messages: [] }); }
}
export const svc = new Svc(new OpenAI({ baseURL: 'https://api.deepseek.com' }), 'deepseek-chat');
`, 'service.js');
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider]), [[4, 'deepseek-chat', 'deepseek']]);
  });
});

describe('TS/JS detector: clients in a map of providers', () => {
  it('reads `providers.x` and `providers[\'x\']` alike', async () => {
    const calls = await detect(`import OpenAI from 'openai';
const providers = {
  deepseek: new OpenAI({ baseURL: 'https://api.deepseek.com' }),
  siliconflow: new OpenAI({ baseURL: 'https://api.siliconflow.cn/v1' }),
};
export const a = () => providers['siliconflow'].chat.completions.create({ model: 'Qwen/Qwen3-8B', messages: [] });
export const b = () => providers.deepseek.chat.completions.create({ model: 'deepseek-chat', messages: [] });
`);
    assert.deepEqual(calls.map((c) => [c.line, c.provider]), [[6, 'siliconflow-cn'], [7, 'deepseek']]);
  });
});

describe('TS/JS detector: destructured SDK resources', () => {
  it('`const { completions } = client.chat` then `completions.create(…)` is the client\'s chat call, and passes the pre-filter', async () => {
    const text = `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://api.deepseek.com', apiKey: process.env.DEEPSEEK_API_KEY });
const { completions } = client.chat;
export async function ask(q: string) {
  return completions.create({ model: 'deepseek-chat', messages: [{ role: 'user', content: q }] });
}
`;
    assert.ok(mayContainCalls(text, 'typescript'));
    const calls = await detect(text);
    assert.deepEqual(calls.map(brief), [{ line: 5, family: 'openai-chat', model: 'deepseek-chat', provider: 'deepseek' }]);
  });

  it('resources destructured from a client made in place: `const { chat, embeddings } = new OpenAI(...)`', async () => {
    const text = `'use strict';
const { OpenAI } = require('openai');
const { chat, embeddings } = new OpenAI({ baseURL: 'https://api.siliconflow.cn/v1' });
async function run(texts) {
  const vectors = await embeddings.create({ model: 'BAAI/bge-m3', input: texts });
  return chat.completions.create({ model: 'deepseek-ai/DeepSeek-V3', messages: [{ role: 'user', content: String(vectors.data.length) }] });
}
module.exports = { run };
`;
    assert.ok(mayContainCalls(text, 'typescript'));
    const calls = await detect(text, 'run.cjs');
    assert.deepEqual(calls.map(brief), [
      { line: 5, family: 'openai-embeddings', model: 'BAAI/bge-m3', provider: 'siliconflow-cn' },
      { line: 6, family: 'openai-chat', model: 'deepseek-ai/DeepSeek-V3', provider: 'siliconflow-cn' },
    ]);
  });
});
