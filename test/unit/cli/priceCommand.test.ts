import * as assert from 'node:assert/strict';
import { runPriceCommand } from '../../../src/cli/priceCommand';

/** Runs the command and captures what it writes. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runPriceCommand(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('llm-cost price', () => {
  it('prints the JSON contract keys first, then the extras', async () => {
    const r = await run('--provider', 'deepseek', '--model', 'deepseek-flash', '--input', '1000000', '--cached-input', '200000',
      '--output', '500000', '--reasoning', '100000', '--at', '2026-11-16T02:00:00Z', '--format', 'json');
    assert.equal(r.code, 0);
    assert.equal(r.err, '');
    const json = JSON.parse(r.out) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json).slice(0, 8), ['provider', 'model', 'currency', 'cost', 'pricedAt', 'window', 'source', 'asOf']);
    assert.equal(json.provider, 'deepseek');
    assert.equal(json.model, 'deepseek-flash');
    assert.equal(json.currency, 'USD');
    assert.equal(json.cost, 0.8412);
    assert.equal(json.pricedAt, '2026-11-16T02:00:00.000Z');
    assert.equal(json.window, 'peak');
    assert.match(String(json.source), /DeepSeek API pricing/);
    assert.equal(json.asOf, '2026-11-15');
    assert.deepEqual(json.breakdown, { input: 0.24, cachedInput: 0.0012, cacheWrite: 0, output: 0.48, reasoning: 0.12 });
    assert.equal(json.converted, false);
    assert.ok((json.notes as string[]).includes('assumed a working day (Chinese public holidays are off-peak)'));
  });

  it('says when the prices are older than 180 days at the priced moment (stale in JSON, a note in both)', async () => {
    const args = ['--provider', 'huawei-maas', '--model', 'DeepSeek-V3', '--input', '1000', '--output', '100'];
    const fresh = JSON.parse((await run(...args, '--at', '2026-03-01T00:00:00Z', '--format', 'json')).out) as { asOf: string; stale: boolean; notes: string[] };
    const old = JSON.parse((await run(...args, '--at', '2026-12-01T00:00:00Z', '--format', 'json')).out) as { asOf: string; stale: boolean; notes: string[] };
    assert.equal(fresh.asOf, '2026-01-01');
    assert.deepEqual([fresh.stale, fresh.notes.some((n) => n.includes('older than'))], [false, false]);
    assert.deepEqual([old.stale, old.notes.filter((n) => n.includes('older than'))], [true, ['prices are from 2026-01-01, older than 180 days at 2026-12-01: check the host\'s price page']]);
    assert.match((await run(...args, '--at', '2026-12-01T00:00:00Z')).out, /older than 180 days/);
  });

  it('prices in CNY from DeepSeek\'s own list, off-peak at the 04:00 boundary', async () => {
    const r = await run('--provider', 'deepseek', '--model', 'deepseek-flash', '--input', '1000000', '--output', '1000000',
      '--at', '2026-11-16T04:00:00Z', '--currency', 'cny', '--format', 'json');
    const json = JSON.parse(r.out) as Record<string, unknown>;
    assert.deepEqual([json.currency, json.cost, json.window, json.converted], ['CNY', 5, 'off-peak', false]);
  });

  it('marks a conversion and accepts --fx-rate', async () => {
    const r = await run('--provider', 'siliconflow-cn', '--model', 'deepseek-ai/DeepSeek-V3', '--input', '1000000', '--currency', 'USD',
      '--fx-rate', '8', '--at', '2026-11-16T00:00:00Z', '--format', 'json');
    const json = JSON.parse(r.out) as Record<string, unknown>;
    assert.deepEqual([json.cost, json.converted, json.fxRate], [0.25, true, 8]);
  });

  it('defaults to the host currency (CNY for SiliconFlow .cn)', async () => {
    const r = await run('--provider', 'siliconflow-cn', '--model', 'deepseek-ai/DeepSeek-V3', '--input', '1000000', '--format', 'json');
    assert.equal((JSON.parse(r.out) as { currency: string }).currency, 'CNY');
  });

  it('prints a table with tokens × rate = amount, the total, the window, source and as-of', async () => {
    const r = await run('--provider', 'deepseek', '--model', 'deepseek-chat', '--input', '10000', '--cached-input', '4000',
      '--output', '2000', '--at', '2025-06-14T23:00:00Z');
    assert.equal(r.code, 0);
    assert.match(r.out, /input \(cache miss\)\s+6,000 × \$0\.135\/1M\s+=\s+\$0\.00081/);
    assert.match(r.out, /cached input \(hit\)\s+4,000 × \$0\.035\/1M\s+=\s+\$0\.00014/);
    assert.match(r.out, /output\s+2,000 × \$0\.55\/1M\s+=\s+\$0\.0011/);
    assert.match(r.out, /total\s+=\s+\$0\.00205/);
    assert.match(r.out, /window:\s+discount: daily 16:30–00:30 UTC; until 2025-06-15T00:30:00\.000Z, then standard/);
    assert.match(r.out, /as of:\s+2025-09-05/);
  });

  it('reads an --at without a time zone as UTC and says so', async () => {
    const r = await run('--provider', 'deepseek', '--model', 'deepseek-flash', '--input', '1', '--at', '2026-11-16T01:00', '--format', 'json');
    const json = JSON.parse(r.out) as { pricedAt: string; window: string; notes: string[] };
    assert.equal(json.pricedAt, '2026-11-16T01:00:00.000Z');
    assert.equal(json.window, 'peak');
    assert.ok(json.notes.some((n) => n.includes('read as UTC')));
  });

  it('gives a clear "retired" result with exit code 1', async () => {
    const r = await run('--provider', 'deepseek', '--model', 'deepseek-chat', '--input', '100', '--at', '2026-08-01T00:00:00Z');
    assert.equal(r.code, 1);
    assert.match(r.out, /no price: deepseek-chat on deepseek was retired at 2026-07-24T15:59:00Z; use deepseek-v4-flash instead\./);
    const json = await run('--provider', 'deepseek', '--model', 'deepseek-chat', '--input', '100', '--at', '2026-08-01T00:00:00Z', '--format', 'json');
    assert.equal((JSON.parse(json.out) as { cost: unknown }).cost, null);
  });

  it('lists known providers for an unknown provider', async () => {
    const r = await run('--provider', 'deepsek', '--model', 'deepseek-chat', '--input', '1');
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /Unknown provider "deepsek"\. Known providers: deepseek, siliconflow-cn, siliconflow-com, huawei-maas, azure-foundry, aws-bedrock, openai, anthropic, google\./);
  });

  it('lists the nearest ids for an unknown model, and where else the model is known', async () => {
    const typo = await run('--provider', 'deepseek', '--model', 'deepseek-chta', '--input', '1');
    assert.equal(typo.code, 2);
    assert.match(typo.err, /Unknown model "deepseek-chta" for provider deepseek\. Nearest known ids: deepseek-chat,/);
    const elsewhere = await run('--provider', 'openai', '--model', 'deepseek-v4-pro', '--input', '1');
    assert.match(elsewhere.err, /"deepseek-v4-pro" is known on: deepseek, huawei-maas, azure-foundry/);
  });

  const usageErrors: [string[], RegExp][] = [
    [['--input', '-5'], /--input must be a non-negative whole number of tokens \(got "-5"\)/],
    [['--input', '1.5'], /--input must be a non-negative whole number/],
    [['--input', 'lots'], /--input must be a non-negative whole number/],
    [['--input', '10', '--cached-input', '11'], /input counts ALL input tokens/],
    [['--input', '10', '--output', '5', '--reasoning', '6'], /output counts ALL output tokens, reasoning included/],
    [['--input', '10', '--currency', 'EUR'], /--currency must be USD or CNY/],
    [['--input', '10', '--at', 'yesterday'], /--at must be an ISO time/],
    [['--input', '10', '--format', 'xml'], /--format must be table or json/],
    [['--input', '10', '--fx-rate', '0'], /--fx-rate must be a positive number/],
    [['--input', '10', '--colour', 'red'], /Unknown option '--colour'/],
    [[], /--provider, --model and --input are required/],
  ];
  for (const [extra, message] of usageErrors) {
    it(`exits 2 on ${extra.join(' ') || 'missing --input'}`, async () => {
      const r = await run('--provider', 'openai', '--model', 'gpt-4o', ...extra);
      assert.equal(r.code, 2);
      assert.match(r.err, message);
      assert.equal(r.out, '');
    });
  }

  it('prints help with exit code 0', async () => {
    const r = await run('--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /Usage: llm-cost price --provider P --model M --input N/);
  });
});
