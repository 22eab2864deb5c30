import { strict as assert } from 'node:assert';
import { only } from './detectHelper';

const chatCall = "await client.chat.completions.create({ model: 'm', messages: [] });";

async function providerOf(clientSetup: string): Promise<[string, string, string | null]> {
  const call = await only(`import OpenAI, { AzureOpenAI } from 'openai';\n${clientSetup}\n${chatCall}`);
  return [call.provider, call.providerEvidence, call.baseUrl];
}

/** Provider inference for OpenAI-SDK calls, in the priority order of the detection spec. */
describe('TS/JS detector: provider of OpenAI-SDK clients', () => {
  it('base URL literal, constant, template, env default, config object', async () => {
    assert.deepEqual(await providerOf(`const client = new OpenAI({ baseURL: 'https://api.deepseek.com/v1' });`), ['deepseek', 'baseURL https://api.deepseek.com/v1', 'https://api.deepseek.com/v1']);
    assert.deepEqual((await providerOf(`const URL = 'https://api.siliconflow.cn/v1';\nconst client = new OpenAI({ baseURL: URL });`))[0], 'siliconflow-cn');
    assert.deepEqual((await providerOf('const host = "api.siliconflow.com";\nconst client = new OpenAI({ baseURL: `https://${host}/v1` });'))[0], 'siliconflow-com');
    assert.deepEqual((await providerOf(`const client = new OpenAI({ baseURL: process.env.LLM_BASE_URL ?? 'https://api.modelarts-maas.com/v1' });`))[0], 'huawei-maas');
    assert.deepEqual((await providerOf(`const client = new OpenAI({ baseURL: process.env.LLM_BASE_URL || 'https://maas-cn-southwest-2.modelarts-maas.com/v1/infers/abc/v1' });`))[0], 'huawei-maas');
    assert.deepEqual((await providerOf(`const config = { llm: { url: 'https://api.deepseek.com' } };\nconst client = new OpenAI({ baseURL: config.llm.url });`))[0], 'deepseek');
    assert.deepEqual((await providerOf(`const client = new OpenAI({ baseURL: 'http://localhost:11434/v1', apiKey: 'ollama' });`))[0], 'custom');
  });

  it('Azure: AzureOpenAI class, v1 base URL, cognitiveservices endpoint', async () => {
    assert.deepEqual((await providerOf(`const client = new AzureOpenAI({ apiVersion: '2024-10-21' });`)).slice(0, 2), ['azure-foundry', 'AzureOpenAI client']);
    assert.equal((await providerOf('const client = new OpenAI({ baseURL: `https://${process.env.RESOURCE}.openai.azure.com/openai/v1/` });'))[0], 'azure-foundry');
    assert.equal((await providerOf(`const client = new AzureOpenAI({ endpoint: 'https://my-res.cognitiveservices.azure.com/' });`))[0], 'azure-foundry');
  });

  it('env var names when there is no URL, with framework prefixes stripped', async () => {
    assert.deepEqual((await providerOf(`const client = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY });`)).slice(0, 2), ['deepseek', 'env DEEPSEEK_API_KEY']);
    assert.equal((await providerOf(`const client = new OpenAI({ apiKey: import.meta.env.VITE_DEEPSEEK_API_KEY, dangerouslyAllowBrowser: true });`))[0], 'deepseek');
    assert.equal((await providerOf(`const client = new OpenAI({ apiKey: process.env['SILICONFLOW_API_KEY'] });`))[0], 'siliconflow-com');
    assert.equal((await providerOf(`const KEY = process.env.MAAS_API_KEY!;\nconst client = new OpenAI({ apiKey: KEY });`))[0], 'huawei-maas');
    assert.equal((await providerOf(`const client = new OpenAI({ apiKey: this.config.get('DEEPSEEK_API_KEY') });`))[0], 'deepseek');
  });

  it('a URL beats env vars, env vars beat the model name, the model name beats the SDK vendor', async () => {
    assert.equal((await providerOf(`const client = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY, baseURL: 'https://api.siliconflow.cn/v1' });`))[0], 'siliconflow-cn');
    const generic = await only(`import OpenAI from 'openai';
const client = new OpenAI({ baseURL: process.env.OPENAI_BASE_URL });
await client.chat.completions.create({ model: 'deepseek-chat', messages: [] });`);
    assert.deepEqual([generic.provider, generic.providerEvidence], ['deepseek', 'model deepseek-chat']);
  });

  it('Anthropic SDK through DeepSeek’s Anthropic-compatible URL; Bedrock, Vertex and Foundry clients', async () => {
    const cases: Array<[string, string]> = [
      ["import Anthropic from '@anthropic-ai/sdk';\nconst c = new Anthropic({ baseURL: 'https://api.deepseek.com/anthropic' });", 'deepseek'],
      ["import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nconst c = new AnthropicBedrock();", 'aws-bedrock'],
      ["import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';\nconst c = new AnthropicVertex({ region: 'us-east5' });", 'google'],
      ["import Anthropic from '@anthropic-ai/sdk';\nconst c = new Anthropic();", 'anthropic'],
    ];
    for (const [setup, provider] of cases) {
      const call = await only(`${setup}\nawait c.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: [] });`);
      assert.equal(call.provider, provider, setup);
    }
  });

  it('OpenRouter and other gateways are custom hosts', async () => {
    assert.equal((await providerOf(`const client = new OpenAI({ baseURL: 'https://openrouter.ai/api/v1' });`))[0], 'custom');
  });
});
