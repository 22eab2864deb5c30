/**
 * gpt-tokenizer's encodings built from the JSON ranks the build writes (what dist/ ships) must count
 * exactly as the package's own encoding modules, which load the same ranks from JavaScript.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { countTokens as cl100kCount } from 'gpt-tokenizer/encoding/cl100k_base';
import { countTokens as o200kCount } from 'gpt-tokenizer/encoding/o200k_base';
import { gptEncoder, writeRanks } from '../../../src/node/tokenizers/gptEncoding';
import type { GptEncodingName } from '../../../src/node/tokenizers/gptEncoding';
import { sampleTexts } from '../../support/sampleTexts';

const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };
const PACKAGE_COUNT: Readonly<Record<GptEncodingName, (text: string) => number>> = {
  o200k_base: (text) => o200kCount(text, PLAIN_TEXT),
  cl100k_base: (text) => cl100kCount(text, PLAIN_TEXT),
};

describe('gpt-tokenizer encodings from JSON ranks', function () {
  this.timeout(60000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-cost-ranks-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const encoding of ['o200k_base', 'cl100k_base'] as const) {
    it(`${encoding}: counts exactly as the package's own module on 2,500 texts`, () => {
      const file = path.join(dir, `${encoding}.json`);
      writeRanks(encoding, file);
      const fromJson = gptEncoder(encoding, file);
      const differ = sampleTexts().filter((text) => fromJson.count(text) !== PACKAGE_COUNT[encoding](text));
      assert.deepEqual(differ, []);
      assert.equal(fromJson.count('Hello, world!'), 4);
    });
  }

  it("uses the package's ranks when the JSON is missing", () => {
    const encoder = gptEncoder('o200k_base', path.join(dir, 'missing.json'));
    assert.equal(encoder.count('你好，世界'), 3);
  });
});
