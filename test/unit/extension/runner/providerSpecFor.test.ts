import assert from 'node:assert/strict';
import { parseSettings } from '../../../../src/core/settings/parseSettings';
import { configProblem, keyHintFor, pricedModelFor, providerSpecFor } from '../../../../src/extension/runner/providerSpecFor';

const settingsOf = (raw: Record<string, unknown> = {}): ReturnType<typeof parseSettings>['settings'] => {
  const parsed = parseSettings(raw);
  assert.deepEqual(parsed.problems, []);
  return parsed.settings;
};

describe('extension/runner/providerSpecFor', () => {
  it('names where the key comes from, never the key', () => {
    assert.equal(keyHintFor('deepseek', { kind: 'secretStorage', key: 'sk-secret-1' }), 'the DeepSeek key saved with "LLM Cost: Set API Key…"');
    assert.equal(keyHintFor('openai', { kind: 'environment', envVar: 'OPENAI_API_KEY', key: 'sk-secret-2' }), 'the environment variable OPENAI_API_KEY (or save a key with "LLM Cost: Set API Key…")');
    assert.equal(keyHintFor('huawei-maas', { kind: 'none', envVars: ['HUAWEI_MAAS_API_KEY'] }), 'a key with "LLM Cost: Set API Key…" or the environment variable HUAWEI_MAAS_API_KEY');
    assert.match(keyHintFor('aws-bedrock', { kind: 'awsCredentialChain' }), /AWS_PROFILE.*AWS_BEARER_TOKEN_BEDROCK/);
  });

  it('uses the base URL from user settings and the stored key', () => {
    const outcome = providerSpecFor({ provider: 'deepseek', model: 'deepseek-v4-flash' }, settingsOf({ 'providers.deepseek.baseUrl': 'http://127.0.0.1:9/v1' }), { kind: 'secretStorage', key: 'sk-1234' }, {});
    assert.deepEqual(outcome, { spec: { id: 'deepseek', keyHint: 'the DeepSeek key saved with "LLM Cost: Set API Key…"', apiKey: 'sk-1234', baseUrl: 'http://127.0.0.1:9/v1' } });
    const defaults = providerSpecFor({ provider: 'siliconflow-cn', model: 'x' }, settingsOf(), { kind: 'none', envVars: ['SILICONFLOW_API_KEY'] }, {});
    assert.ok('spec' in defaults && defaults.spec.baseUrl === undefined && defaults.spec.apiKey === undefined, 'empty setting: the provider layer\'s default endpoint');
  });

  it('refuses what cannot run before sending anything, naming the setting to fix', () => {
    const none = { kind: 'none', envVars: [] } as const;
    assert.match(configProblem('custom', settingsOf(), {})!, /llmCost\.providers\.custom\.baseUrl/);
    assert.match(configProblem('azure-foundry', settingsOf(), {})!, /llmCost\.providers\.azure-foundry\.endpoint.*AZURE_AI_ENDPOINT/);
    assert.equal(configProblem('azure-foundry', settingsOf(), { AZURE_AI_ENDPOINT: 'https://r.openai.azure.com' }), null);
    assert.match(configProblem('anthropic', settingsOf(), {})!, /cannot run prompts yet/);
    assert.ok('problem' in providerSpecFor({ provider: 'google', model: 'gemini-2.5-flash' }, settingsOf(), none, {}));
  });

  it('builds Azure (endpoint, api-version; "v1" means none) and Bedrock (region from settings or env) specs', () => {
    const azure = providerSpecFor({ provider: 'azure-foundry', model: 'my-r1' }, settingsOf({ 'providers.azure-foundry.endpoint': 'https://r.openai.azure.com', 'providers.azure-foundry.apiVersion': '2024-10-21' }), { kind: 'environment', envVar: 'AZURE_AI_API_KEY', key: 'az-key-1' }, {});
    assert.deepEqual(azure, { spec: { id: 'azure-foundry', keyHint: 'the environment variable AZURE_AI_API_KEY (or save a key with "LLM Cost: Set API Key…")', apiKey: 'az-key-1', baseUrl: 'https://r.openai.azure.com', apiVersion: '2024-10-21' } });
    const v1 = providerSpecFor({ provider: 'azure-foundry', model: 'x' }, settingsOf({ 'providers.azure-foundry.endpoint': 'https://r.openai.azure.com', 'providers.azure-foundry.apiVersion': 'v1' }), { kind: 'none', envVars: [] }, {});
    assert.ok('spec' in v1 && v1.spec.apiVersion === undefined);
    const bedrock = providerSpecFor({ provider: 'aws-bedrock', model: 'deepseek.v3-v1:0' }, settingsOf(), { kind: 'awsCredentialChain' }, { AWS_REGION: 'eu-west-1' });
    assert.ok('spec' in bedrock && bedrock.spec.region === 'eu-west-1' && bedrock.spec.apiKey === undefined);
    const fromSettings = providerSpecFor({ provider: 'aws-bedrock', model: 'm' }, settingsOf({ 'providers.aws-bedrock.region': 'us-west-2' }), { kind: 'awsCredentialChain' }, { AWS_REGION: 'eu-west-1' });
    assert.ok('spec' in fromSettings && fromSettings.spec.region === 'us-west-2');
  });

  it('prices an Azure deployment as the model it serves', () => {
    const s = settingsOf({ 'providers.azure-foundry.deployments': { 'my-r1': 'DeepSeek-R1' } });
    assert.equal(pricedModelFor({ provider: 'azure-foundry', model: 'my-r1' }, s), 'DeepSeek-R1');
    assert.equal(pricedModelFor({ provider: 'azure-foundry', model: 'DeepSeek-V3.2' }, s), 'DeepSeek-V3.2');
    assert.equal(pricedModelFor({ provider: 'deepseek', model: 'my-r1' }, s), 'my-r1');
  });
});
