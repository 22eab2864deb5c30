/**
 * gpt-tokenizer's encodings built from the tables files the build writes (what dist/ ships) must
 * count exactly as the package's own encoding modules, which load the same ranks from JavaScript,
 * and must be built the package's way when the tables do not fit.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { countTokens as cl100kCount, decode as cl100kDecode, encode as cl100kEncode } from 'gpt-tokenizer/encoding/cl100k_base';
import { countTokens as o200kCount, decode as o200kDecode, encode as o200kEncode } from 'gpt-tokenizer/encoding/o200k_base';
import { readFrozenTables, writeFrozenTables } from '../../../src/node/tokenizers/frozenTables';
import { encodingFromTables, gptEncoder, writeRanks } from '../../../src/node/tokenizers/gptEncoding';
import type { GptEncodingName } from '../../../src/node/tokenizers/gptEncoding';
import { sampleTexts } from '../../support/sampleTexts';

const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };
const PACKAGE: Readonly<Record<GptEncodingName, { count: typeof o200kCount; encode: typeof o200kEncode; decode: typeof o200kDecode }>> = {
  o200k_base: { count: o200kCount, encode: o200kEncode, decode: o200kDecode },
  cl100k_base: { count: cl100kCount, encode: cl100kEncode, decode: cl100kDecode },
};

/** The package's own ranks: per rank, the token's text or its bytes. */
function packageRanks(encoding: GptEncodingName): ReadonlyArray<string | readonly number[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(`gpt-tokenizer/bpeRanks/${encoding}`) as { default: ReadonlyArray<string | readonly number[]> }).default;
}

/** The core's text-token lookup: the frozen map on the fast path, the package's own Map when rebuilt. */
function textRanksOf(api: ReturnType<typeof encodingFromTables>): unknown {
  return (api as unknown as { bytePairEncodingCoreProcessor: { bytePairStringRankEncoder: unknown } }).bytePairEncodingCoreProcessor.bytePairStringRankEncoder;
}

describe('gpt-tokenizer encodings from tables files', function () {
  this.timeout(60000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-cost-ranks-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const encoding of ['o200k_base', 'cl100k_base'] as const) {
    it(`${encoding}: counts, encodes and decodes exactly as the package's own module on 2,500 texts`, () => {
      const file = path.join(dir, `${encoding}.bin`);
      writeRanks(encoding, file);
      const api = encodingFromTables(encoding, fs.readFileSync(file));
      assert.ok(!(textRanksOf(api) instanceof Map), 'looks text tokens up in the frozen map');
      // Every text token's rank, and no rank for a near miss of it (the last code unit changed).
      const lookup = textRanksOf(api) as ReadonlyMap<string, number>;
      let textTokens = 0;
      packageRanks(encoding).forEach((token, rank) => {
        if (typeof token !== 'string') return;
        textTokens++;
        if (lookup.get(token) !== rank) assert.fail(`${JSON.stringify(token)}: ${lookup.get(token)} instead of ${rank}`);
        const near = token.slice(0, -1) + String.fromCharCode(token.charCodeAt(token.length - 1) ^ 1);
        const nearRank = lookup.get(near);
        if (nearRank !== undefined && packageRanks(encoding)[nearRank] !== near) assert.fail(`${JSON.stringify(near)} found as rank ${nearRank}`);
      });
      assert.ok(textTokens > 90_000);
      const own = PACKAGE[encoding];
      const differ = sampleTexts().filter((text) => api.countTokens(text, PLAIN_TEXT) !== own.count(text, PLAIN_TEXT));
      assert.deepEqual(differ, []);
      for (const text of ['Hello, world!', '你好，世界 😀 ½', sampleTexts()[7]!]) {
        const tokens = own.encode(text, PLAIN_TEXT);
        assert.deepEqual(api.encode(text, PLAIN_TEXT), tokens);
        assert.equal(api.decode(tokens), own.decode(tokens));
      }
      assert.equal(gptEncoder(encoding, file).count('Hello, world!'), 4);
    });
  }

  it("is built the package's way when the probe counts otherwise", () => {
    const file = path.join(dir, 'o200k_base.bin');
    writeRanks('o200k_base', file);
    const { meta, maps } = readFrozenTables<{ bytes: unknown; probeCount: number }>(fs.readFileSync(file));
    const keys = Array.from({ length: maps[0]!.count }, (_, rank) => maps[0]!.keyAt(rank));
    const wrongProbe = writeFrozenTables({ ...meta, probeCount: -1 }, [keys]);
    const rebuilt = encodingFromTables('o200k_base', wrongProbe);
    assert.ok(textRanksOf(rebuilt) instanceof Map, "rebuilt with the package's own Map");
    for (const text of sampleTexts().slice(0, 200)) assert.equal(rebuilt.countTokens(text, PLAIN_TEXT), o200kCount(text, PLAIN_TEXT));
  });

  it('refuses a file of another shape', () => {
    assert.throws(() => encodingFromTables('o200k_base', writeFrozenTables({ probe: 1 }, [['a']])), /not the o200k_base ranks/);
  });

  it("uses the package's ranks when the tables file is missing", () => {
    const encoder = gptEncoder('o200k_base', path.join(dir, 'missing.bin'));
    assert.equal(encoder.count('你好，世界'), 3);
  });
});
