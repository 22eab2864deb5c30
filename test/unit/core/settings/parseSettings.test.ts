import assert from 'node:assert/strict';
import { formatSettingProblem } from '../../../../src/core/settings/formatSettingProblem';
import { parseSettings } from '../../../../src/core/settings/parseSettings';

describe('parseSettings', () => {
  it('fills every setting with its default when nothing is set', () => {
    const { settings, problems } = parseSettings({});
    assert.deepEqual(problems, []);
    assert.equal(settings.currency, 'USD');
    assert.equal(settings.defaultProvider, 'deepseek');
    assert.equal(settings['volume.callsPerDay'], 1000);
    assert.equal(settings.exchangeRate, null);
    assert.equal(settings['providers.deepseek.baseUrl'], '');
    assert.ok(settings.enabledProviders.includes('huawei-maas') && !settings.enabledProviders.includes('custom'));
  });

  it('returns a deeply frozen snapshot', () => {
    const { settings } = parseSettings({ priceOverrides: [{ provider: 'openai', model: 'gpt-4o', currency: 'USD', inputPerMTok: 2.5, outputPerMTok: 10 }] });
    assert.ok(Object.isFrozen(settings));
    assert.ok(Object.isFrozen(settings.enabledProviders));
    assert.ok(Object.isFrozen(settings.priceOverrides[0]));
    assert.throws(() => (settings.enabledProviders as string[]).push('custom'));
  });

  it('falls back for one bad value only and names the setting', () => {
    const { settings, problems } = parseSettings({ currency: 'EUR', 'volume.callsPerDay': 50, cacheHitRate: 0.4 });
    assert.equal(settings.currency, 'USD');
    assert.equal(settings['volume.callsPerDay'], 50);
    assert.equal(settings.cacheHitRate, 0.4);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].setting, 'llmCost.currency');
    assert.equal(problems[0].value, 'EUR');
    assert.equal(problems[0].fallback, 'USD');
    assert.match(problems[0].reason, /USD.*CNY/);
  });

  it('accepts http(s) base URLs or empty, and rejects anything else', () => {
    const ok = parseSettings({ 'providers.custom.baseUrl': 'http://127.0.0.1:8000/v1', 'providers.deepseek.baseUrl': '' });
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.settings['providers.custom.baseUrl'], 'http://127.0.0.1:8000/v1');
    for (const bad of ['ftp://example.test', 'api.deepseek.com', 'https://', 'https://a b', 42]) {
      const { settings, problems } = parseSettings({ 'providers.openai.baseUrl': bad });
      assert.equal(settings['providers.openai.baseUrl'], '', String(bad));
      assert.equal(problems[0]?.setting, 'llmCost.providers.openai.baseUrl', String(bad));
    }
  });

  it('checks comparison entries, enabled providers and price overrides', () => {
    assert.deepEqual(parseSettings({ comparison: ['huawei-maas/deepseek-v4.1-flash', 'siliconflow-cn/deepseek-ai/DeepSeek-V3', 'group:fast-chat'] }).problems, []);
    assert.equal(parseSettings({ comparison: ['nosuchhost/model'] }).problems[0]?.setting, 'llmCost.comparison');
    assert.match(parseSettings({ enabledProviders: ['openai', 'openai'] }).problems[0]?.reason ?? '', /twice/);
    const extraField = parseSettings({ priceOverrides: [{ provider: 'openai', model: 'x', currency: 'USD', inputPerMTok: 1, outputPerMTok: 2, secret: 1 }] });
    assert.equal(extraField.problems[0]?.setting, 'llmCost.priceOverrides');
    assert.deepEqual(extraField.settings.priceOverrides, []);
    const negative = parseSettings({ priceOverrides: [{ provider: 'openai', model: 'x', currency: 'USD', inputPerMTok: -1, outputPerMTok: 2 }] });
    assert.match(negative.problems[0]?.reason ?? '', /at \[0\]\.inputPerMTok/);
  });

  it('checks numbers: exchange rate, rates, whole token counts', () => {
    assert.deepEqual(parseSettings({ exchangeRate: 7.1, cacheHitRate: 1, 'tokens.defaultInput': 0 }).problems, []);
    const bad = parseSettings({ exchangeRate: 0, cacheHitRate: 1.5, 'tokens.defaultOutput': 12.5, staleAfterDays: '90' });
    assert.deepEqual(bad.problems.map((p) => p.setting).sort(),
      ['llmCost.cacheHitRate', 'llmCost.exchangeRate', 'llmCost.staleAfterDays', 'llmCost.tokens.defaultOutput']);
    assert.equal(bad.settings.staleAfterDays, 180);
  });

  it('checks AWS regions and Azure api-versions', () => {
    assert.deepEqual(parseSettings({ 'providers.aws-bedrock.region': 'us-gov-west-1', 'providers.azure-foundry.apiVersion': '2024-05-01-preview' }).problems, []);
    assert.equal(parseSettings({ 'providers.aws-bedrock.region': 'US East' }).problems.length, 1);
    assert.equal(parseSettings({ 'providers.azure-foundry.apiVersion': 'latest' }).problems.length, 1);
  });

  it('reports settings it does not know', () => {
    const { problems } = parseSettings({ curency: 'CNY' });
    assert.deepEqual(problems.map((p) => [p.setting, p.reason]), [['llmCost.curency', 'unknown setting']]);
  });
});

describe('formatSettingProblem', () => {
  it('names the setting, the bad value and the default used instead', () => {
    const [problem] = parseSettings({ currency: 'EUR' }).problems;
    assert.equal(formatSettingProblem(problem),
      'Setting "llmCost.currency" has an invalid value "EUR": Invalid option: expected one of "USD"|"CNY". Using the default "USD".');
  });

  it('never echoes free text (where a pasted key would land) and cuts long values', () => {
    const [problem] = parseSettings({ defaultModel: 'x'.repeat(500) }).problems;
    const text = formatSettingProblem(problem);
    assert.ok(text.includes('llmCost.defaultModel'));
    assert.ok(!text.includes('xxxx'), text);
    const [url] = parseSettings({ 'providers.deepseek.baseUrl': 'sk-0123456789abcdef0123456789abcdef' }).problems;
    assert.ok(url, 'a key pasted as a base URL is a problem');
    assert.ok(!formatSettingProblem(url).includes('0123456789'), formatSettingProblem(url));
    const [list] = parseSettings({ comparison: Array.from({ length: 40 }, (_, i) => `openai/model-${i}`).concat(['bad']) }).problems;
    assert.ok(formatSettingProblem(list).includes('…'));
  });

  it('says an unknown setting is ignored', () => {
    const [problem] = parseSettings({ curency: 'CNY' }).problems;
    assert.match(formatSettingProblem(problem), /"llmCost\.curency" is not a known LLM Cost setting/);
  });
});
