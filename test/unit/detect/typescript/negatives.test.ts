import { strict as assert } from 'node:assert';
import { detect } from './detectHelper';

/** Code that mentions or resembles LLM calls without making one. Each case must yield nothing. */
const CASES: ReadonlyArray<readonly [string, string]> = [
  ['comments, JSDoc, strings, templates, regexes', `
// await openai.chat.completions.create({ model: 'gpt-4o' })
/* anthropic.messages.create({ model: 'claude-3' }) */
/** @example generateText({ model: openai('gpt-4o'), prompt }) */
const a = "client.responses.create({ model: 'o3' })";
const b = \`ai.models.generateContent({ model: 'gemini' }) \${1 + 1}\`;
const c = /chat\\.completions\\.create\\(/;
`],
  ['method definitions and signatures named like SDK methods', `
export class Completions {
  create(body: { model: string }) { return body; }
  async generateContent(prompt: string) { return prompt; }
  stream = () => [];
}
interface Api { create(x: unknown): Promise<unknown>; invoke(x: string): void; }
const api = { create(x: unknown) { return x; }, generateText: async () => 'x' };
abstract class Base { abstract generateContent(p: string): Promise<string>; }
`],
  ['types and declarations', `
import type OpenAI from 'openai';
type Create = typeof openai.chat.completions.create;
type Params = Parameters<OpenAI['chat']['completions']['create']>[0];
declare function generateText(options: object): Promise<string>;
export type { ChatCompletion } from 'openai/resources';
`],
  ['other SDKs with create/messages/responses', `
import Stripe from 'stripe';
import twilio from 'twilio';
import { PrismaClient } from '@prisma/client';
const stripe = new Stripe('sk');
const sms = twilio('sid', 'token');
const prisma = new PrismaClient();
await stripe.customers.create({ email: 'a@b.c' });
await sms.messages.create({ body: 'Hi', from: '+1', to: '+2' });
await prisma.messages.create({ data: { text: 'hi' } });
await db.responses.create({ data: { surveyId: 1, answers: [] } });
await client.messages.create({ body: 'Ping', to: '+3', from: '+4' });
`],
  ['OpenAI Assistants, files, images and audio are not LLM call families', `
import OpenAI from 'openai';
const openai = new OpenAI();
await openai.beta.threads.messages.create(threadId, { role: 'user', content: 'Hello' });
await openai.beta.threads.runs.create(threadId, { assistant_id: 'a' });
await openai.files.create({ file, purpose: 'fine-tune' });
await openai.images.generate({ model: 'dall-e-3', prompt: 'cat' });
await openai.audio.transcriptions.create({ model: 'whisper-1', file });
await openai.conversations.messages.create(id, {});
`],
  ['Assistants messages on a client imported from the app', `
import { openai } from '@/lib/openai';
await openai.beta.threads.messages.create(threadId, { role: 'user', content: 'Hello' });
await openai.beta.threads.messages.create(threadId, { role: 'user', content: 'Hello', model: 'x' });
`],
  ['mock setups and assertions', `
import { vi, expect } from 'vitest';
const create = vi.fn().mockResolvedValue({ choices: [] });
vi.mock('openai', () => ({ default: vi.fn(() => ({ chat: { completions: { create } } })) }));
jest.spyOn(client.chat.completions, 'create').mockResolvedValue(reply);
mockOpenAI.chat.completions.create.mockResolvedValueOnce(reply);
expect(openai.chat.completions.create).toHaveBeenCalledWith(expect.objectContaining({ model: 'gpt-4o' }));
`],
  ['calls of a wrapper defined elsewhere', `
import { askLlm, generateText, streamText } from '../lib/llm';
import { chat } from './deepseek';
await askLlm('Summarise this');
await generateText({ model: 'gpt-4o', prompt: 'x' });
await chat.completion('hi');
await llmService.complete({ model: 'gpt-4o', prompt: 'hi' });
`],
  ['names of the SDK that are not called', `
import { generateText, streamText } from 'ai';
export { generateText };
const fn = streamText;
const handlers = { generateText, create: openai.chat.completions.create };
`],
];

describe('TS/JS detector: negatives', () => {
  for (const [name, code] of CASES) {
    it(name, async () => {
      assert.deepEqual(await detect(code), []);
    });
  }

  it('the same shapes in a .js file and a .tsx file', async () => {
    for (const [, code] of CASES.slice(0, 2)) {
      assert.deepEqual(await detect(code.replace(/\(body: \{ model: string \}\)|: string|: unknown|: Promise<unknown>|: void|: Promise<string>/g, ''), 'x.tsx'), []);
    }
  });

  it('survives broken code and error nodes, still finding the calls it can', async () => {
    const calls = await detect(`
import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://api.deepseek.com' });
function broken( {
  const x = ;
}
await client.chat.completions.create({ model: 'deepseek-chat', messages: [] });
class { ] 
`);
    assert.deepEqual(calls.map((c) => [c.family, c.model]), [['openai-chat', 'deepseek-chat']]);
  });
});
