import * as assert from 'node:assert/strict';
import { detectPy, onlyCall, py } from './pyDetect';

const CALL = 'r = client.chat.completions.create(model="m", messages=[])';

async function providerOf(...setup: string[]): Promise<[string, string, string | null]> {
  const c = await onlyCall(py(...setup, CALL));
  return [c.provider, c.providerEvidence, c.baseUrl];
}

describe('python detector: provider inference', () => {
  it('DeepSeek through the OpenAI SDK: base_url literal, getenv default, environ.get default, constant', async () => {
    assert.deepEqual(await providerOf('from openai import OpenAI', 'client = OpenAI(api_key=os.getenv("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")'),
      ['deepseek', 'base_url https://api.deepseek.com', 'https://api.deepseek.com']);
    assert.deepEqual(await providerOf('import os', 'from openai import OpenAI', 'client = OpenAI(base_url=os.environ.get("BASE_URL", "https://api.deepseek.com/v1"))'),
      ['deepseek', 'base_url https://api.deepseek.com/v1', 'https://api.deepseek.com/v1']);
    assert.deepEqual(await providerOf('import os', 'from openai import OpenAI', 'BASE = os.getenv("LLM_BASE_URL", default="https://api.deepseek.com")', 'client = OpenAI(base_url=BASE)'),
      ['deepseek', 'base_url https://api.deepseek.com', 'https://api.deepseek.com']);
  });

  it('DeepSeek from the API-key env var name alone (environ[], getenv, settings attribute)', async () => {
    assert.deepEqual((await providerOf('import os', 'from openai import OpenAI', 'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"])')).slice(0, 2),
      ['deepseek', 'env DEEPSEEK_API_KEY']);
    assert.deepEqual((await providerOf('from openai import OpenAI', 'KEY = os.getenv("DEEPSEEK_API_KEY")', 'client = OpenAI(api_key=KEY, base_url=os.getenv("OPENAI_BASE_URL"))')).slice(0, 2),
      ['deepseek', 'env DEEPSEEK_API_KEY']);
    assert.deepEqual((await providerOf('from openai import OpenAI', 'client = OpenAI(api_key=settings.DEEPSEEK_API_KEY)')).slice(0, 2),
      ['deepseek', 'env DEEPSEEK_API_KEY']);
  });

  it('SiliconFlow .cn and .com, Huawei MaaS (both host forms)', async () => {
    assert.equal((await providerOf('from openai import OpenAI', 'client = OpenAI(base_url="https://api.siliconflow.cn/v1")'))[0], 'siliconflow-cn');
    assert.equal((await providerOf('from openai import OpenAI', 'client = OpenAI(base_url="https://api.siliconflow.com/v1")'))[0], 'siliconflow-com');
    assert.equal((await providerOf('from openai import OpenAI', 'client = OpenAI(base_url="https://api.modelarts-maas.com/v1")'))[0], 'huawei-maas');
    assert.equal((await providerOf('from openai import OpenAI', 'URL = "https://infer-modelarts.cn-southwest-2.myhuaweicloud.com/v1/infers/abc/v1"', 'client = OpenAI(base_url=URL)'))[0], 'huawei-maas');
    assert.equal((await providerOf('from openai import OpenAI', 'client = OpenAI(base_url="https://infer-modelarts-cn-southwest-2.modelarts-infer.com/v1/infers/4a3f/v1")'))[0], 'huawei-maas');
  });

  it('Azure AI Foundry projects: the OpenAI clients they hand out are Azure', async () => {
    const calls = await detectPy(py(
      'from azure.ai.projects import AIProjectClient',
      'from azure.identity import DefaultAzureCredential',
      'project = AIProjectClient(endpoint="https://acme.services.ai.azure.com/api/projects/p1", credential=DefaultAzureCredential())',
      'with project.get_openai_client() as client:',
      '    r = client.responses.create(model="gpt-4.1-mini", input="hi")',
      'aoai = project.inference.get_azure_openai_client(api_version="2024-10-21")',
      'r2 = aoai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.provider]), [[5, 'openai-responses', 'azure-foundry'], [7, 'openai-chat', 'azure-foundry']]);
  });

  it('Azure: AzureOpenAI with env endpoint, the v1 base URL on OpenAI(), async Azure, azure_endpoint literal', async () => {
    assert.deepEqual((await providerOf('import os', 'from openai import AzureOpenAI', 'client = AzureOpenAI(azure_endpoint=os.getenv("AZURE_OPENAI_ENDPOINT"), api_version="2024-06-01")')).slice(0, 2),
      ['azure-foundry', 'AzureOpenAI client']);
    assert.deepEqual(await providerOf('from openai import OpenAI', 'client = OpenAI(base_url="https://my-res.openai.azure.com/openai/v1/", api_key=key)'),
      ['azure-foundry', 'base_url https://my-res.openai.azure.com/openai/v1/', 'https://my-res.openai.azure.com/openai/v1/']);
    assert.equal((await providerOf('import openai', 'client = openai.AsyncAzureOpenAI(api_version="2024-02-01")'))[0], 'azure-foundry');
    assert.equal((await providerOf('from openai import AzureOpenAI', 'client = AzureOpenAI(azure_endpoint=f"https://{resource}.openai.azure.com")'))[0], 'azure-foundry');
  });

  it('a base URL outranks the client class and the env var; other URLs are custom hosts', async () => {
    assert.equal((await providerOf('from openai import AzureOpenAI', 'client = AzureOpenAI(azure_endpoint="https://gateway.example.com/azure")'))[0], 'custom');
    assert.equal((await providerOf('from openai import OpenAI', 'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.siliconflow.cn/v1")'))[0], 'siliconflow-cn');
    assert.equal((await providerOf('from openai import OpenAI', 'client = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")'))[0], 'custom');
  });

  it('reads constructor keywords passed as a **dict and os.environ set in the file', async () => {
    assert.equal((await providerOf('from openai import OpenAI', 'cfg = {"base_url": "https://api.deepseek.com", "api_key": k}', 'client = OpenAI(**cfg)'))[0], 'deepseek');
    assert.equal((await providerOf('import os', 'from openai import OpenAI', 'os.environ["OPENAI_BASE_URL"] = "https://api.siliconflow.cn/v1"', 'client = OpenAI()'))[0], 'siliconflow-cn');
  });

  it('falls back to a DeepSeek model name only when the client says nothing', async () => {
    const c = await onlyCall(py('from openai import OpenAI', 'client = OpenAI()', 'client.chat.completions.create(model="deepseek-chat", messages=[])'));
    assert.deepEqual([c.provider, c.providerEvidence], ['deepseek', 'model deepseek-chat']);
    const azure = await onlyCall(py('from openai import AzureOpenAI', 'client = AzureOpenAI()', 'client.chat.completions.create(model="deepseek-chat", messages=[])'));
    assert.equal(azure.provider, 'azure-foundry');
  });

  it('keeps each client apart when a file has several', async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI, AzureOpenAI',
      'ds = OpenAI(base_url="https://api.deepseek.com")',
      'sf = OpenAI(base_url="https://api.siliconflow.cn/v1")',
      'az = AzureOpenAI(azure_endpoint="https://x.openai.azure.com")',
      'CLIENTS = {"maas": OpenAI(base_url="https://api.modelarts-maas.com/v1")}',
      'ds.chat.completions.create(model="deepseek-chat", messages=[])',
      'sf.chat.completions.create(model="deepseek-ai/DeepSeek-V3", messages=[])',
      'az.chat.completions.create(model="gpt-4o", messages=[])',
      'CLIENTS["maas"].chat.completions.create(model="DeepSeek-R1", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => c.provider), ['deepseek', 'siliconflow-cn', 'azure-foundry', 'huawei-maas']);
  });

  it('Azure AI Inference: ChatCompletionsClient(...).complete(...) is openai-chat on Azure', async () => {
    const c = await onlyCall(py(
      'from azure.ai.inference import ChatCompletionsClient',
      'from azure.ai.inference.models import SystemMessage, UserMessage',
      'from azure.core.credentials import AzureKeyCredential',
      'client = ChatCompletionsClient(endpoint="https://my.services.ai.azure.com/models", credential=AzureKeyCredential(key))',
      'response = client.complete(messages=[SystemMessage("You are helpful."), UserMessage("How many feet are in a mile?")], model="DeepSeek-R1", max_tokens=2048)',
    ));
    assert.deepEqual([c.family, c.model, c.provider, c.maxTokens], ['openai-chat', 'DeepSeek-R1', 'azure-foundry', 2048]);
    assert.equal(c.prompt.text, 'You are helpful.\nHow many feet are in a mile?');
    assert.equal(c.prompt.knowledge, 'known');
  });

  it('a `complete` method that is not Azure AI Inference is not a call', async () => {
    assert.deepEqual(await detectPy(py('from llama_index.llms.openai import OpenAI', 'llm = OpenAI(model="gpt-4")', 'llm.complete("hi")', 'task.complete()')), []);
  });

  it('an f-string base URL over an env read, and legacy completions on an Anthropic client', async () => {
    const calls = await detectPy(py(
      'import os',
      'from anthropic import Anthropic',
      'from openai import OpenAI',
      'endpoint = os.getenv("AZURE_OPENAI_ENDPOINT")',
      'az = OpenAI(api_key=key, base_url=f"{endpoint}/openai/v1/")',
      'az.chat.completions.create(model="gpt-4o", messages=[])',
      'Anthropic().completions.create(model="claude-2.1", max_tokens_to_sample=300, prompt="Human: hi Assistant:")',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.provider, c.providerEvidence]), [
      [6, 'openai-chat', 'azure-foundry', 'env AZURE_OPENAI_ENDPOINT'],
      [7, 'openai-completions', 'anthropic', 'Anthropic client'],
    ]);
  });
});
