/**
 * LiteralSearch (the pre-filter's multi-literal search) must find exactly what a naive search
 * finds: the first occurrence of any literal, in either letter case where asked, at the edges of
 * the text, after a start offset, and skipping literals the caller disables.
 */
import { strict as assert } from 'node:assert';
import { LiteralSearch } from '../../../src/core/detect/literalSearch';
import type { Literal } from '../../../src/core/detect/literalSearch';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The first hit by brute force: smallest offset, then list order. */
function naive(literals: readonly Literal[], text: string, from = 0, enabled: (i: number) => boolean = () => true): { index: number; at: number } | null {
  const haystack = bytes(text);
  for (let at = from; at < haystack.length; at++) {
    for (let index = 0; index < literals.length; index++) {
      if (!enabled(index)) continue;
      const { text: lit, ignoreCase } = literals[index];
      if (at + lit.length > haystack.length) continue;
      let same = true;
      for (let k = 0; k < lit.length && same; k++) {
        const a = String.fromCharCode(haystack[at + k]);
        same = ignoreCase ? a.toLowerCase() === lit[k].toLowerCase() : a === lit[k];
      }
      if (same) return { index, at };
    }
  }
  return null;
}

/** A deterministic pseudo-random generator (tests must not flake). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('LiteralSearch', () => {
  it('finds a literal at the very start and at the very end', () => {
    const search = new LiteralSearch([{ text: 'openai' }, { text: 'chat.completions' }]);
    assert.deepEqual(search.find(bytes('openai rest')), { index: 0, at: 0 });
    assert.deepEqual(search.find(bytes('x = client.chat.completions')), { index: 1, at: 11 });
    assert.equal(search.find(bytes('openaX chat.completion')), null);
    assert.equal(search.find(bytes('')), null);
    assert.equal(search.find(bytes('ope')), null);
  });

  it('reports the earliest occurrence, and the first listed literal when two start together', () => {
    const search = new LiteralSearch([{ text: 'embeddings' }, { text: 'embed' }, { text: 'beta' }]);
    assert.deepEqual(search.find(bytes('x.beta.embeddings')), { index: 2, at: 2 });
    assert.deepEqual(search.find(bytes('x.embeddings')), { index: 0, at: 2 });
    assert.deepEqual(search.find(bytes('x.embedMany')), { index: 1, at: 2 });
  });

  it('matches ignore-case literals in any case and others only as written', () => {
    const search = new LiteralSearch([{ text: 'deepseek', ignoreCase: true }, { text: 'Chat' }]);
    assert.deepEqual(search.find(bytes('https://API.DeepSeek.com/v1')), { index: 0, at: 12 });
    assert.deepEqual(search.find(bytes('DEEPSEEK_API_KEY')), { index: 0, at: 0 });
    assert.equal(search.find(bytes('chat CHAT')), null);
    assert.deepEqual(search.find(bytes('a Chat')), { index: 1, at: 2 });
  });

  it('starts at an offset and skips disabled literals', () => {
    const search = new LiteralSearch([{ text: 'embed' }, { text: '.messages' }]);
    const text = bytes('embed(x); client.messages.create()');
    assert.deepEqual(search.find(text, 1), { index: 1, at: 16 });
    assert.deepEqual(search.find(text, 0, (i) => i !== 0), { index: 1, at: 16 });
    assert.equal(search.find(text, 0, () => false), null);
  });

  it('never matches ASCII literals inside multi-byte UTF-8 characters', () => {
    const search = new LiteralSearch([{ text: 'openai' }]);
    assert.equal(search.find(bytes('ópenai ØPENAI 𝑜penai')), null);
    assert.deepEqual(search.find(bytes('é openai')), { index: 0, at: 3 });
  });

  it('rejects literals it cannot search for', () => {
    assert.throws(() => new LiteralSearch([]), /at least one/);
    assert.throws(() => new LiteralSearch([{ text: 'x' }]), /printable ASCII/);
    assert.throws(() => new LiteralSearch([{ text: 'modèle' }]), /printable ASCII/);
    assert.throws(() => new LiteralSearch([{ text: 'a\u0000b' }]), /printable ASCII/);
  });

  it('agrees with a naive search on 3,000 random texts and literal sets', () => {
    const next = random(42);
    const alphabet = 'abcAB.-_ /\n';
    const pick = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 3000; round++) {
      const literals: Literal[] = Array.from({ length: 1 + Math.floor(next() * 6) }, () => ({
        text: pick(2 + Math.floor(next() * 5)).replace(/\n/g, 'c'),
        ignoreCase: next() < 0.3,
      }));
      const text = pick(Math.floor(next() * 120));
      const from = Math.floor(next() * 10);
      const disabled = Math.floor(next() * literals.length * 2);
      const enabled = (i: number): boolean => i !== disabled;
      const search = new LiteralSearch(literals);
      assert.deepEqual(search.find(bytes(text), from, enabled), naive(literals, text, from, enabled), `${JSON.stringify(literals)} in ${JSON.stringify(text)} from ${from}`);
    }
  });
});
