import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { encodeChat } from 'gpt-tokenizer/encoding/o200k_base';
import { approxTokens } from '../../../src/core/tokens/approxTokens';
import { APPROX_PROFILES } from '../../../src/core/tokens/approxProfiles';
import { TokenCounter } from '../../../src/core/tokens/tokenCounter';
import type { Encoder, ExactTokenizerId, TokenizerLoaders } from '../../../src/core/tokens/tokenCounter';
import { nodeTokenizerLoaders } from '../../../src/node/tokenizerLoaders';

/** The real disk loaders, with a log of every load they are asked for. */
function recordingLoaders(inner: TokenizerLoaders = nodeTokenizerLoaders()): TokenizerLoaders & { calls: ExactTokenizerId[] } {
  const calls: ExactTokenizerId[] = [];
  return { calls, load: (id) => { calls.push(id); return inner.load(id); } };
}

describe('TokenCounter', function () {
  this.timeout(60000);

  describe('lazy loading', () => {
    it('loads nothing until an exact count is needed, and nothing for approximate families', async () => {
      const loaders = recordingLoaders();
      const counter = new TokenCounter(loaders);
      assert.deepEqual(loaders.calls, []);
      const claude = await counter.count('Hello, world!', 'claude-sonnet-4-5');
      assert.equal(claude.approximate, true);
      assert.equal(claude.tokenizer, 'approx-claude');
      assert.deepEqual(loaders.calls, []);
      assert.deepEqual(await counter.count('', 'gpt-4o'), { tokens: 0, tokenizer: 'o200k', approximate: false });
      assert.deepEqual(loaders.calls, []);
      const gpt = await counter.count('Hello, world!', 'gpt-4o');
      assert.deepEqual(gpt, { tokens: 4, tokenizer: 'o200k', approximate: false });
      assert.deepEqual(loaders.calls, ['o200k']);
    });

    it('loads each encoder once for concurrent callers', async () => {
      const loaders = recordingLoaders();
      const counter = new TokenCounter(loaders);
      const results = await Promise.all([
        ...Array.from({ length: 5 }, () => counter.count('Hello, world!', 'deepseek-chat')),
        ...Array.from({ length: 5 }, () => counter.count('Hello, world!', 'gpt-4')),
        counter.count('Hello, world!', 'DeepSeek-V3.2', 'azure-foundry'),
      ]);
      assert.deepEqual(results.map((r) => r.tokens), Array(11).fill(4));
      assert.deepEqual([...loaders.calls].sort(), ['cl100k', 'deepseek-v3']);
      await counter.count('more text', 'deepseek-reasoner');
      assert.equal(loaders.calls.length, 2);
    });
  });

  describe('fallback when an encoder cannot load', () => {
    let emptyDir: string;
    before(() => { emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-cost-tokens-')); });
    after(() => fs.rmSync(emptyDir, { recursive: true, force: true }));

    it('returns the calibrated estimate marked approximate, with the reason, and does not retry', async () => {
      const loaders = recordingLoaders(nodeTokenizerLoaders(emptyDir));
      const counter = new TokenCounter(loaders);
      const text = 'Summarise the following support ticket in two sentences.';
      const first = await counter.count(text, 'gpt-4o');
      assert.equal(first.tokenizer, 'o200k');
      assert.equal(first.approximate, true);
      assert.equal(first.tokens, approxTokens(text, APPROX_PROFILES.o200k));
      assert.match(first.note ?? '', /o200k tokenizer unavailable \(missing tokenizer bundle .*o200k\.js: run npm run build\); approximate/);
      const second = await counter.countMessages([{ role: 'user', text }], 'gpt-4o');
      assert.equal(second.approximate, true);
      assert.equal(second.tokens, first.tokens + 7);
      assert.deepEqual(loaders.calls, ['o200k']);
    });

    it('also falls back when the loader throws synchronously', async () => {
      const broken: TokenizerLoaders = { load: () => { throw new Error('boom'); } };
      const result = await new TokenCounter(broken).count('Hello, world!', 'deepseek-chat');
      assert.equal(result.approximate, true);
      assert.equal(result.tokenizer, 'deepseek-v3');
      assert.match(result.note ?? '', /boom/);
    });
  });

  describe('countMessages adds the chat-template overhead', () => {
    const counter = new TokenCounter(nodeTokenizerLoaders());

    it('OpenAI: equals gpt-tokenizer encodeChat for gpt-4o', async () => {
      const chat = [
        { role: 'system', content: 'You are a terse assistant.' },
        { role: 'user', content: 'Hello, world!' },
        { role: 'assistant', content: 'Hi.' },
        { role: 'user', content: 'What does <|endoftext|> mean?' },
      ] as const;
      const expected = encodeChat(chat, 'gpt-4o', { disallowedSpecial: new Set() }).length;
      const result = await counter.countMessages(chat.map((m) => ({ role: m.role, text: m.content })), 'gpt-4o');
      assert.deepEqual(result, { tokens: expected, tokenizer: 'o200k', approximate: false });
    });

    it('DeepSeek V3: equals the rendered chat template counted by the real tokenizer', async () => {
      const deepseek: Encoder = await nodeTokenizerLoaders().load('deepseek-v3');
      const rendered = '<｜begin▁of▁sentence｜>You are helpful.<｜User｜>Hello, world!<｜Assistant｜>Hi there.<｜end▁of▁sentence｜><｜User｜>Thanks<｜Assistant｜>';
      const messages = [
        { role: 'system', text: 'You are helpful.' },
        { role: 'user', text: 'Hello, world!' },
        { role: 'assistant', text: 'Hi there.' },
        { role: 'user', text: 'Thanks' },
      ];
      const result = await counter.countMessages(messages, 'deepseek-chat');
      assert.equal(result.tokens, deepseek.count(rendered));
      assert.equal(result.tokens, 18);
    });

    it('approximate families add their documented overhead; no messages means no tokens', async () => {
      const qwen = await counter.countMessages([{ role: 'system', text: 'You are helpful.' }, { role: 'user', text: 'Hello, world!' }], 'qwen-plus');
      const bare = approxTokens('You are helpful.', APPROX_PROFILES['approx-qwen']) + approxTokens('Hello, world!', APPROX_PROFILES['approx-qwen']);
      assert.equal(qwen.tokens, bare + 2 * 5 + 3);
      assert.equal(qwen.approximate, true);
      assert.deepEqual(await counter.countMessages([], 'gpt-4o'), { tokens: 0, tokenizer: 'o200k', approximate: false });
      const odd = await counter.countMessages([{ role: 'constructor', text: 'x' }], 'deepseek-chat');
      assert.equal(odd.tokens, 1 + 1 + 2);
    });
  });
});
