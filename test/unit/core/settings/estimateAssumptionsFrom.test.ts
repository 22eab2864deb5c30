import * as assert from 'node:assert/strict';
import { DEFAULT_ASSUMPTIONS } from '../../../../src/core/estimate/defaults';
import { comparisonEntries } from '../../../../src/core/settings/comparisonEntries';
import { estimateAssumptionsFrom } from '../../../../src/core/settings/estimateAssumptionsFrom';
import { parseSettings } from '../../../../src/core/settings/parseSettings';

const NOW = new Date('2026-11-30T02:00:00Z');

describe('estimateAssumptionsFrom', () => {
  it('maps the defaults of every estimate setting', () => {
    const a = estimateAssumptionsFrom(parseSettings({}).settings, NOW);
    assert.deepEqual(a, {
      at: NOW,
      currency: 'USD',
      callsPerDay: DEFAULT_ASSUMPTIONS.callsPerDay,
      defaultInputTokens: DEFAULT_ASSUMPTIONS.defaultInputTokens,
      defaultOutputTokens: DEFAULT_ASSUMPTIONS.defaultOutputTokens,
      cacheHit: DEFAULT_ASSUMPTIONS.cacheHit,
      reasoningShare: DEFAULT_ASSUMPTIONS.reasoningShare,
      staleAfterDays: DEFAULT_ASSUMPTIONS.staleAfterDays,
      providers: ['deepseek', 'siliconflow-cn', 'siliconflow-com', 'huawei-maas', 'azure-foundry', 'aws-bedrock', 'openai', 'anthropic', 'google'],
    });
  });

  it('maps user values, including the exchange rate and the compared providers', () => {
    const { settings, problems } = parseSettings({
      currency: 'CNY', exchangeRate: 7.2, 'volume.callsPerDay': 42, 'tokens.defaultInput': 10, 'tokens.defaultOutput': 20,
      cacheHitRate: 0.5, staleAfterDays: 30, enabledProviders: ['huawei-maas', 'openai'],
    });
    assert.deepEqual(problems, []);
    const a = estimateAssumptionsFrom(settings, NOW);
    assert.equal(a.currency, 'CNY');
    assert.equal(a.fxRate, 7.2);
    assert.equal(a.callsPerDay, 42);
    assert.equal(a.defaultInputTokens, 10);
    assert.equal(a.defaultOutputTokens, 20);
    assert.equal(a.cacheHit, 0.5);
    assert.equal(a.staleAfterDays, 30);
    assert.deepEqual(a.providers, ['huawei-maas', 'openai']);
    assert.ok(!Object.isFrozen(a.providers), 'a copy, not the frozen settings array');
  });

  it('uses the defaults where a setting is malformed (the snapshot already fell back)', () => {
    const a = estimateAssumptionsFrom(parseSettings({ currency: 'EUR', 'volume.callsPerDay': -5 }).settings, NOW);
    assert.equal(a.currency, 'USD');
    assert.equal(a.callsPerDay, 1000);
  });
});

describe('comparisonEntries', () => {
  it('is null when the setting is empty (compare within the call\'s own group)', () => {
    assert.equal(comparisonEntries([]), null);
  });

  it('splits provider/model entries (model ids may hold slashes) from groups', () => {
    assert.deepEqual(comparisonEntries(['huawei-maas/deepseek-v4-flash', 'siliconflow-cn/deepseek-ai/DeepSeek-V3', 'group:fast']), {
      offers: [{ provider: 'huawei-maas', model: 'deepseek-v4-flash' }, { provider: 'siliconflow-cn', model: 'deepseek-ai/DeepSeek-V3' }],
      groups: ['fast'],
    });
  });
});
