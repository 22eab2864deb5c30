/**
 * TokenCounter: encoders load lazily and once, a failed load falls back to the calibrated ratio,
 * chat-template overheads match the real templates, and with a TokenCountStore known texts are
 * answered without loading any encoder while only exact counts are ever stored.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { encodeChat } from 'gpt-tokenizer/encoding/o200k_base';
import { approxTokens } from '../../../src/core/tokens/approxTokens';
import { APPROX_PROFILES } from '../../../src/core/tokens/approxProfiles';
import { TokenCounter } from '../../../src/core/tokens/tokenCounter';
import type { Encoder, ExactTokenizerId, TokenCountStore, TokenizerLoaders } from '../../../src/core/tokens/tokenCounter';
import { nodeTokenizerLoaders } from '../../../src/node/tokenizerLoaders';

/** The real disk loaders, with a log of every load they are asked for. */
function recordingLoaders(inner: TokenizerLoaders = nodeTokenizerLoaders()): TokenizerLoaders & { calls: ExactTokenizerId[] } {
  const calls: ExactTokenizerId[] = [];
  return { calls, load: (id) => { calls.push(id); return inner.load(id); } };
}

/** A loader of fake encoders (one token per word) that logs every load; `fail` makes every load throw. */
function fakeLoaders(fail = false): TokenizerLoaders & { calls: ExactTokenizerId[] } {
  const calls: ExactTokenizerId[] = [];
  return {
    calls,
    load: async (id) => {
      calls.push(id);
      if (fail) throw new Error('no encoder here');
      return { count: (text) => text.split(' ').length };
    },
  };
}

/** A store in a Map, logging every set. */
function memoryStore(initial: Array<[ExactTokenizerId, string, number]> = []): TokenCountStore & { sets: string[]; gets: string[] } {
  const counts = new Map(initial.map(([id, text, n]) => [`${id}|${text}`, n]));
  const sets: string[] = [];
  const gets: string[] = [];
  return {
    sets,
    gets,
    get: (id, text) => {
      gets.push(`${id}|${text}`);
      return counts.get(`${id}|${text}`);
    },
    set: (id, text, n) => {
      sets.push(`${id}|${text}=${n}`);
      counts.set(`${id}|${text}`, n);
    },
  };
}

describe('TokenCounter', function () {
  this.timeout(60000);

  describe('with a TokenCountStore', () => {
    it('answers a stored text without loading the encoder', async () => {
      const loaders = fakeLoaders();
      const store = memoryStore([['o200k', 'Hello, world!', 42]]);
      const counter = new TokenCounter(loaders, { store });
      assert.deepEqual(await counter.count('Hello, world!', 'gpt-4o'), { tokens: 42, tokenizer: 'o200k', approximate: false });
      assert.deepEqual(loaders.calls, []);
      assert.deepEqual(store.sets, []);
    });

    it('loads the encoder once for the misses, counts and stores only them, and keeps the hits as stored', async () => {
      const loaders = fakeLoaders();
      const store = memoryStore([['deepseek-v3', 'You are helpful.', 40]]);
      const counter = new TokenCounter(loaders, { store });
      const messages = [
        { role: 'system', text: 'You are helpful.' },
        { role: 'user', text: 'one two three' },
        { role: 'assistant', text: '' },
      ];
      const first = await counter.countMessages(messages, 'deepseek-chat');
      // 40 (stored) + 3 (counted) + 0 (empty) + template: 2 per request, system 0, user 1, assistant 2.
      assert.deepEqual(first, { tokens: 40 + 3 + 0 + 2 + 0 + 1 + 2, tokenizer: 'deepseek-v3', approximate: false });
      assert.deepEqual(loaders.calls, ['deepseek-v3']);
      assert.deepEqual(store.sets, ['deepseek-v3|one two three=3']);
      assert.ok(!store.gets.includes('deepseek-v3|'), 'an empty text is 0 without a look-up');

      const fresh = fakeLoaders();
      const again = await new TokenCounter(fresh, { store }).countMessages(messages, 'deepseek-chat');
      assert.deepEqual(again, first);
      assert.equal(store.sets.length, 1);
      assert.deepEqual(fresh.calls, [], 'every text is now stored: no load');
    });

    it('never looks up or stores approximate (ratio) counts', async () => {
      const loaders = fakeLoaders();
      const store = memoryStore();
      const counter = new TokenCounter(loaders, { store });
      const claude = await counter.count('Hello, world!', 'claude-sonnet-4-5');
      const qwen = await counter.countMessages([{ role: 'user', text: 'Hello, world!' }], 'qwen-plus');
      assert.equal(claude.tokens, approxTokens('Hello, world!', APPROX_PROFILES['approx-claude']));
      assert.equal(qwen.approximate, true);
      assert.deepEqual([store.gets, store.sets, loaders.calls], [[], [], []]);
    });

    it('stores nothing when the encoder fails to load, and still uses the stored counts it has', async () => {
      const loaders = fakeLoaders(true);
      const store = memoryStore([['o200k', 'known text', 7]]);
      const counter = new TokenCounter(loaders, { store });
      const text = 'Summarise the following support ticket in two sentences.';
      const result = await counter.countMessages([{ role: 'system', text: 'known text' }, { role: 'user', text }], 'gpt-4o');
      assert.equal(result.approximate, true);
      assert.match(result.note ?? '', /o200k tokenizer unavailable \(no encoder here\)/);
      assert.equal(result.tokens, 7 + approxTokens(text, APPROX_PROFILES.o200k) + 3 + 2 * 4);
      await counter.count(text, 'gpt-4o');
      assert.deepEqual(store.sets, []);
      assert.deepEqual(loaders.calls, ['o200k']);
    });
  });

  describe('asynchronous encoders (a worker thread)', () => {
    it('awaits their counts, and falls back per text when a count fails, storing only the real ones', async () => {
      const store = memoryStore([]);
      const counter = new TokenCounter(
        { load: async () => ({ count: async (text: string) => (text.includes('boom') ? Promise.reject(new Error('worker stopped')) : text.length) }) },
        { store },
      );
      const ok = await counter.count('abcdef', 'gpt-4o');
      assert.deepEqual([ok.tokens, ok.approximate, ok.note], [6, false, undefined]);
      const failed = await counter.countMessages([{ role: 'system', text: 'abc' }, { role: 'user', text: 'boom now' }], 'gpt-4o');
      assert.equal(failed.approximate, true);
      assert.match(failed.note ?? '', /o200k tokenizer failed \(worker stopped\); approximate count/);
      assert.equal(failed.tokens, 3 + approxTokens('boom now', APPROX_PROFILES.o200k) + 3 + 2 * 4);
      assert.deepEqual(store.sets, ['o200k|abcdef=6', 'o200k|abc=3']);
    });
  });

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

describe('TokenCounter.warm', () => {
  it('starts each load once, ahead of the first count, and a failed warm-up still falls back on counting', async () => {
    const loads: ExactTokenizerId[] = [];
    const loaders: TokenizerLoaders = {
      load: async (id) => {
        loads.push(id);
        if (id === 'deepseek-v3') throw new Error('no data file');
        return { count: (text: string) => text.length } satisfies Encoder;
      },
    };
    const counter = new TokenCounter(loaders);
    counter.warm(['o200k', 'deepseek-v3']);
    counter.warm(['o200k']);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(loads, ['o200k', 'deepseek-v3']);
    assert.equal((await counter.count('hello', 'gpt-4o')).tokens, 5);
    const fallback = await counter.count('hello', 'deepseek-chat');
    assert.equal(fallback.approximate, true);
    assert.match(fallback.note ?? '', /no data file/);
    assert.deepEqual(loads, ['o200k', 'deepseek-v3']);
  });
});
