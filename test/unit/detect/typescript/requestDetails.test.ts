import { strict as assert } from 'node:assert';
import { detect, only } from './detectHelper';

const head = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";

/** Models, limits, reasoning effort and prompts resolved from what the file states. */
describe('TS/JS detector: model and options resolution', () => {
  async function modelOf(code: string): Promise<string | null> {
    return (await only(head + code)).model;
  }

  it('resolves models through constants, defaults, enums, objects and class members', async () => {
    assert.equal(await modelOf("async function f(q: string, model = 'gpt-4o') { return client.chat.completions.create({ model, messages: [] }); }"), 'gpt-4o');
    assert.equal(await modelOf("async function f({ model = 'o3-mini' }: Opts = {}) { return client.chat.completions.create({ model, messages: [] }); }"), 'o3-mini');
    assert.equal(await modelOf("enum Model { Fast = 'gpt-4o-mini' }\nclient.chat.completions.create({ model: Model.Fast, messages: [] });"), 'gpt-4o-mini');
    assert.equal(await modelOf("const MODELS = { chat: { main: 'gpt-4.1' } } as const;\nclient.chat.completions.create({ model: MODELS.chat.main, messages: [] });"), 'gpt-4.1');
    assert.equal(await modelOf("const cfg = { model: 'gpt-4o' };\nconst { model: m } = cfg;\nclient.chat.completions.create({ model: m, messages: [] });"), 'gpt-4o');
    assert.equal(await modelOf("const MODELS = { 'deep-seek': 'deepseek-chat' };\nclient.chat.completions.create({ model: MODELS['deep-seek'], messages: [] });"), 'deepseek-chat');
    assert.equal(await modelOf("const DEFAULT = 'gpt-4o-mini';\nfunction f(options?: { model?: string }) { return client.chat.completions.create({ model: options?.model ?? DEFAULT, messages: [] }); }"), 'gpt-4o-mini');
    assert.equal(await modelOf("client.chat.completions.create({ model: process.env.OPENAI_MODEL || 'gpt-4o', messages: [] });"), 'gpt-4o');
    assert.equal(await modelOf("class S { model = 'gpt-4-turbo'; run() { return client.chat.completions.create({ model: this.model, messages: [] }); } }"), 'gpt-4-turbo');
    assert.equal(await modelOf("const base = { model: 'gpt-4o', temperature: 0 };\nclient.chat.completions.create({ ...base, messages: [] });"), 'gpt-4o');
    assert.equal(await modelOf("const params = { model: 'gpt-4o-2024-11-20', messages: [] };\nclient.chat.completions.create(params);"), 'gpt-4o-2024-11-20');
    assert.equal(await modelOf('const v = "4o";\nclient.chat.completions.create({ model: `gpt-${v}`, messages: [] });'), 'gpt-4o');
  });

  it('a let/var reassigned before the call holds the last value assigned before it', async () => {
    assert.equal(await modelOf("let model = 'gpt-4o';\nmodel = 'o3';\nclient.chat.completions.create({ model, messages: [] });"), 'o3');
    assert.equal(await modelOf("var m = 'gpt-4o';\nm = 'o3';\nm = 'o4-mini';\nclient.chat.completions.create({ model: m, messages: [] });"), 'o4-mini');
    assert.equal(await modelOf("let model = 'gpt-4o';\nclient.chat.completions.create({ model, messages: [] });\nmodel = 'o3';"), 'gpt-4o');
    assert.equal(await modelOf("let model = 'gpt-4o';\nmodel += '-mini';\nclient.chat.completions.create({ model, messages: [] });"), 'gpt-4o');
  });

  it('resolves static class fields and constructor parameter-property defaults', async () => {
    assert.equal(await modelOf("class Svc { static readonly MODEL: string = 'gpt-4.1'; run() { return client.chat.completions.create({ model: Svc.MODEL, messages: [] }); } }"), 'gpt-4.1');
    assert.equal(await modelOf("class Svc { constructor(private readonly model = 'gpt-4o') {} run() { return client.chat.completions.create({ model: this.model, messages: [] }); } }"), 'gpt-4o');
    // An instance field is not a static one: `Svc.model` is undefined at run time.
    assert.equal(await modelOf("class Svc { model = 'gpt-4o'; run() { return client.chat.completions.create({ model: Svc.model, messages: [] }); } }"), null);
  });

  it('leaves the model null when the file does not state it', async () => {
    assert.equal(await modelOf('client.chat.completions.create({ model: `gpt-${size}`, messages: [] });'), null);
    assert.equal(await modelOf("import { MODEL } from './config';\nclient.chat.completions.create({ model: MODEL, messages: [] });"), null);
    assert.equal(await modelOf("client.chat.completions.create({ model: fast ? 'gpt-4o-mini' : 'gpt-4o', messages: [] });"), null);
    assert.equal(await modelOf('client.chat.completions.create({ model: process.env.MODEL!, messages: [] });'), null);
    assert.equal(await modelOf('client.chat.completions.create(request);'), null);
  });

  it('reads stream, output-token limits and reasoning effort', async () => {
    const calls = await detect(head + `
const MAX = 4 * 1024;
const STREAM = true;
client.chat.completions.create({ model: 'o3', messages: [], max_completion_tokens: MAX, reasoning_effort: 'high', stream: STREAM });
client.responses.create({ model: 'gpt-5', input: 'x', max_output_tokens: 300, reasoning: { effort: 'minimal' } });
client.chat.completions.create({ model: 'gpt-4o', messages: [], max_tokens: maxTokens, stream: shouldStream });
`);
    assert.deepEqual(calls.map((c) => [c.stream, c.maxTokens, c.reasoningEffort]), [
      [true, 4096, 'high'],
      [false, 300, 'minimal'],
      [false, null, null],
    ]);
  });
});

describe('TS/JS detector: visible prompt', () => {
  it('known: every part literal (system + user, constants, dedent, join)', async () => {
    const call = await only(head + `
import dedent from 'dedent';
const SYSTEM = dedent\`
  You are a translator.
\`;
const rules = ['Be exact.', 'Keep names.'].join(' ');
client.chat.completions.create({ model: 'gpt-4o', messages: [
  { role: 'system', content: SYSTEM },
  { role: 'system', content: rules },
  { role: 'user', content: [{ type: 'text', text: 'Translate: hola' }, { type: 'image_url', image_url: { url } }] },
] });`);
    assert.equal(call.prompt.knowledge, 'known');
    assert.equal(call.prompt.text, '\n  You are a translator.\n\nBe exact. Keep names.\nTranslate: hola');
    assert.deepEqual(call.prompt.messages.map((m) => m.role), ['system', 'system', 'user']);
  });

  it('partial: templates with variables, spread history; unknown: nothing literal', async () => {
    const calls = await detect(head + `
function a(history: Msg[], q: string) {
  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: 'Be kind.' }, ...history, { role: 'user', content: \`Q: \${q}\` }] });
}
function b(messages: Msg[]) { return client.chat.completions.create({ model: 'gpt-4o', messages }); }
`);
    assert.deepEqual(calls.map((c) => c.prompt.knowledge), ['partial', 'unknown']);
    assert.equal(calls[0].prompt.text, 'Be kind.\nQ: ');
    assert.deepEqual(calls[0].prompt.messages, [
      { role: 'system', text: 'Be kind.' },
      { role: 'unknown', text: null },
      { role: 'user', text: 'Q: ' },
    ]);
    assert.deepEqual(calls[1].prompt, { text: '', knowledge: 'unknown', messages: [{ role: 'user', text: null }] });
  });

  it('Anthropic system blocks and Responses instructions/input message lists', async () => {
    const calls = await detect(`
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
const anthropic = new Anthropic();
const openai = new OpenAI();
anthropic.messages.create({ model: 'claude-3-5-haiku-latest', max_tokens: 9, system: [{ type: 'text', text: 'Cache me', cache_control: { type: 'ephemeral' } }], messages: [{ role: 'user', content: 'Hi' }] });
openai.responses.create({ model: 'gpt-4.1', instructions: 'Talk like a pirate.', input: [{ role: 'user', content: [{ type: 'input_text', text: 'Are semicolons optional?' }] }] });
`);
    assert.deepEqual(calls.map((c) => [c.prompt.knowledge, c.prompt.text]), [
      ['known', 'Cache me\nHi'],
      ['known', 'Talk like a pirate.\nAre semicolons optional?'],
    ]);
  });
});

describe('TS/JS detector: directive comments', () => {
  it('reads the comment above the statement, or above the callee line inside a long expression', async () => {
    const calls = await detect(head + `
// llm-cost: calls/day=100
const a = await client.chat.completions.create({ model: 'm', messages: [] });
/* llm-cost: input=500 output=50 */
await client.chat.completions.create({ model: 'm', messages: [] });
const results = await Promise.all([
  // llm-cost: calls/day=7 cache-hit=50%
  client.chat.completions.create({ model: 'm', messages: [] }),
]);
/**
 * Nightly job.
 * llm-cost: calls/day=1 reasoning=0.5
 */
export async function nightly() {
  return client.chat.completions.create({ model: 'm', messages: [] });
}
// an ordinary comment
await client.chat.completions.create({ model: 'm', messages: [] });
`);
    assert.deepEqual(calls.map((c) => c.directive), [
      { callsPerDay: 100 },
      { inputTokens: 500, outputTokens: 50 },
      { callsPerDay: 7, cacheHit: 0.5 },
      null,
      null,
    ]);
  });

  it('a directive-looking string above a call is not a directive', async () => {
    const call = await only(head + "const note = '// llm-cost: calls/day=9';\nawait client.chat.completions.create({ model: 'm', messages: [] });");
    assert.equal(call.directive, null);
  });
});
