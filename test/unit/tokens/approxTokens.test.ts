import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { approxTokens, textFeatures } from '../../../src/core/tokens/approxTokens';
import { APPROX_PROFILES } from '../../../src/core/tokens/approxProfiles';
import type { ExactTokenizerId, TokenizerId } from '../../../src/core/tokens/tokenCounter';
import { nodeTokenizerLoaders } from '../../../src/node/tokenizerLoaders';

/** A file of an installed package (real text that is there wherever the tests run). */
function packageFile(pkg: string, rel: string): string {
  return fs.readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), rel), 'utf8');
}

describe('approxTokens', function () {
  this.timeout(60000);

  it('reduces text to the nine character classes', () => {
    // word runs, ASCII alnum, accented Latin, other alnum, symbols, whitespace runs, Han, kana, hangul
    assert.deepEqual(textFeatures('Hello, world!'), [2, 10, 0, 0, 2, 1, 0, 0, 0]);
    assert.deepEqual(textFeatures('Grüße  Привет\n'), [2, 3, 2, 6, 0, 2, 0, 0, 0]);
    assert.deepEqual(textFeatures('你好，世界 こんにちは 안녕 🙂'), [0, 0, 0, 0, 1, 3, 5, 5, 2]);
    assert.deepEqual(textFeatures(''), [0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('gives 0 for empty text and at least 1 otherwise', () => {
    for (const profile of Object.values(APPROX_PROFILES)) {
      assert.equal(approxTokens('', profile), 0);
      assert.ok(approxTokens(' ', profile) >= 1);
    }
  });

  it('has a profile for every tokenizer', () => {
    const ids: TokenizerId[] = ['o200k', 'cl100k', 'deepseek-v3', 'approx-claude', 'approx-claude-4.7', 'approx-gemini', 'approx-qwen', 'approx-generic'];
    assert.deepEqual(Object.keys(APPROX_PROFILES).sort(), [...ids].sort());
    for (const id of ids) assert.equal(APPROX_PROFILES[id].length, 9, id);
  });

  it('derives Claude from o200k: x1.2, and x1.35 more for Latin script only from Opus 4.7 on', () => {
    const english = packageFile('zod', 'README.md').slice(0, 20000);
    const o200k = approxTokens(english, APPROX_PROFILES.o200k);
    const claude = approxTokens(english, APPROX_PROFILES['approx-claude']);
    const claude47 = approxTokens(english, APPROX_PROFILES['approx-claude-4.7']);
    assert.ok(Math.abs(claude / o200k - 1.2) < 0.01, `${claude} / ${o200k}`);
    assert.ok(Math.abs(claude47 / claude - 1.35) < 0.01, `${claude47} / ${claude}`);
    const chinese = '请把下面的客服工单总结成两句话';
    assert.equal(approxTokens(chinese, APPROX_PROFILES['approx-claude-4.7']), approxTokens(chinese, APPROX_PROFILES['approx-claude']));
  });

  describe('stays close to the real tokenizers it stands in for', () => {
    // Most of these texts were not in the calibration set; its held-out error was within 7 %.
    let samples: [string, string, number][] = [];
    before(() => {
      const zhMessages = Object.values(JSON.parse(packageFile('typescript', 'lib/zh-cn/diagnosticMessages.generated.json')) as Record<string, string>);
      samples = [
        ['TypeScript declarations', packageFile('typescript', 'lib/lib.dom.d.ts').slice(0, 30000), 0.1],
        ['English Markdown', packageFile('zod', 'README.md').slice(0, 30000), 0.1],
        ['Chinese messages', zhMessages.join('\n').slice(0, 15000), 0.15],
      ];
    });
    const ids: ExactTokenizerId[] = ['o200k', 'cl100k', 'deepseek-v3'];
    for (const id of ids) {
      it(id, async () => {
        const encoder = await nodeTokenizerLoaders().load(id);
        assert.equal(samples.length, 3);
        for (const [name, text, tolerance] of samples) {
          const real = await encoder.count(text);
          const estimate = approxTokens(text, APPROX_PROFILES[id]);
          const error = estimate / real - 1;
          assert.ok(Math.abs(error) <= tolerance, `${id} on ${name}: estimate ${estimate}, real ${real} (${(error * 100).toFixed(1)} %)`);
        }
      });
    }
  });
});
