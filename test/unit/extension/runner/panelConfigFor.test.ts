import assert from 'node:assert/strict';
import { loadCatalog } from '../../../../src/core/catalog/loadCatalog';
import { parseSettings } from '../../../../src/core/settings/parseSettings';
import { catalogModels, panelConfigFor } from '../../../../src/extension/runner/panelConfigFor';
import { panelConfigSchema } from '../../../../src/shared/panelModel';

const at = new Date('2026-11-29T12:00:00Z');
const catalog = loadCatalog();
const configOf = (raw: Record<string, unknown> = {}, env: Record<string, string> = {}): ReturnType<typeof panelConfigFor> =>
  panelConfigFor(parseSettings(raw).settings, catalog, env, at);

describe('extension/runner/panelConfigFor', () => {
  it('offers the enabled providers that have a client, with the catalog\'s current models, and validates as protocol data', () => {
    const config = configOf();
    assert.ok(panelConfigSchema.safeParse(config).success);
    const ids = config.providers.map((p) => p.id);
    assert.ok(ids.includes('deepseek') && ids.includes('aws-bedrock') && ids.includes('openai'));
    assert.ok(!ids.includes('anthropic') && !ids.includes('google'), 'no client for these yet');
    const deepseekModels = config.options.filter((o) => o.provider === 'deepseek').map((o) => o.model);
    assert.ok(deepseekModels.includes('deepseek-v4-flash'));
    assert.ok(!deepseekModels.includes('deepseek-chat'), 'retired models are not offered');
    assert.ok(config.options.every((o) => o.priced));
    assert.deepEqual(config.defaultTargets, [{ provider: 'deepseek', model: catalogModels(catalog, 'deepseek', at)[0] }]);
    assert.equal(config.providers.find((p) => p.id === 'azure-foundry')?.problem?.includes('llmCost.providers.azure-foundry.endpoint'), true);
  });

  it('uses the configured models (unknown ones unpriced) and the chosen default provider and model', () => {
    const config = configOf({
      enabledProviders: ['openai', 'custom'],
      defaultProvider: 'openai',
      defaultModel: 'gpt-4o',
      'providers.openai.models': ['gpt-4o', 'my-finetune'],
      'providers.custom.models': ['llama3'],
      'providers.custom.baseUrl': 'http://127.0.0.1:8000/v1',
    });
    assert.deepEqual(config.options.map((o) => [o.provider, o.model, o.priced]), [['openai', 'gpt-4o', true], ['openai', 'my-finetune', false], ['custom', 'llama3', false]]);
    assert.deepEqual(config.defaultTargets, [{ provider: 'openai', model: 'gpt-4o' }]);
    assert.equal(config.providers.find((p) => p.id === 'custom')?.problem, null);
    assert.deepEqual(config.providers.find((p) => p.id === 'custom')?.suggestions, []);
  });

  it('offers Azure deployments, priced as the model each serves', () => {
    const config = configOf({ enabledProviders: ['azure-foundry'], defaultProvider: 'azure-foundry', 'providers.azure-foundry.deployments': { 'my-r1': 'DeepSeek-R1', 'my-own': 'not-a-model' } }, { AZURE_AI_ENDPOINT: 'https://r.openai.azure.com' });
    assert.deepEqual(config.options.map((o) => [o.model, o.label, o.priced]), [['my-r1', '→ DeepSeek-R1', true], ['my-own', '→ not-a-model', false]]);
    assert.equal(config.providers[0]?.problem, null);
  });
});
